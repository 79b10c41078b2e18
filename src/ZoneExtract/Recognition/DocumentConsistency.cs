using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition;

/// <summary>
/// One sense per discourse, after <see cref="EntityMerger"/>: a firm named once in an article is the same firm
/// wherever its name comes back (中科超容董事长… then 中科超容是…), even where no rule fires. Every other
/// occurrence of a COMPANY name that starts and ends on jieba word boundaries and overlaps no accepted entity
/// becomes a COMPANY too, and a PERSON or ORG span with exactly a company's name is relabelled, and so is a LOC that names no
/// listed place.
/// A long name ending in a company head may also end inside a word that its head starts (瑞智电子 in 瑞智|电子光学).
/// A company name may also end before a function character that jieba glued to it (隆基超 of 隆基超30GW).
/// Only names that cannot be ordinary words are spread: three or more characters, or two characters that
/// jieba's dictionary does not know at all (瑞智), and never common vocabulary (浪潮 in 改革浪潮 is no firm).
/// The company names include the aliases the text defines (<see cref="AliasDefinitions"/>) and the names of firms
/// found with a legal form, without it (首钢公司 → 首钢).
/// LOC names closed by an administrative suffix (纳雍县) are spread the same way: a county named once is that county
/// at every free mention. So are PERSON names that cannot be ordinary words: a speaker introduced with a title
/// (总领事田尻和宏) is the same person when the text comes back to him by name alone.
/// ORG is not spread: its spans include generic-looking platform and office names, so one false ORG would be
/// repeated across the article.
/// Cost: one ordinal string search per distinct name (its occurrences are kept for every later use), and a coverage
/// array the length of the text.
/// </summary>
internal sealed class DocumentConsistency(NameResources names, Places.PlaceLexicon allPlaces, Zones.ZoneGazetteer? zones = null,
    Lexicon.NameLexicon? listedCompanies = null)
{
    private readonly Zones.ZoneShortForms _zoneShortForms = new(names, allPlaces, zones);
    private readonly PersonNameShape _personShape = new(names);

    public Entity[] Spread(Document document, Entity[] accepted)
    {
        var text = document.Text;
        accepted = PeopleReadAsFirms(accepted);
        accepted = FirmsAfterCountries(accepted, document);
        accepted = LatinAliases(accepted, document);
        var aliases = AliasDefinitions.Find(document, accepted, alias => HasBrand(alias) && !names.Places.All.Contains(alias))
            .Where(a => !CompanyGenericAlias.IsGeneric(text.Substring(a.Start, a.Length), names.Lexicons, names.Common)).ToList();
        var companies = NamesOf(accepted, text, EntityLabel.Company, name => IsDistinctive(name) && HasBrand(name));
        companies.UnionWith(ShortForms(document, accepted));
        companies.UnionWith(aliases.Select(a => text.Substring(a.Start, a.Length)));
        var brands = IndustryBrands(accepted, text);
        brands.ExceptWith(companies);
        var places = NamesOf(accepted, text, EntityLabel.Location, IsAdministrativePlace);
        var people = NamesOf(accepted, text, EntityLabel.Person, IsDistinctive);
        people.ExceptWith(companies);
        var zoneForms = _zoneShortForms.Find(accepted, text);
        // a rare proper noun of two characters (万科, nz) read once as a firm relabels a LOC span with its name, but it is not
        // spread over free text, where it often names the firm's product (美的|冰箱, 腾讯|汽车), nor over a PERSON (盖蒂 is a family too)
        var rareNames = NamesOf(accepted, text, EntityLabel.Company, name => IsRareProperName(name) && HasBrand(name));
        if (companies.Count == 0 && rareNames.Count == 0 && brands.Count == 0 && places.Count == 0 && people.Count == 0 && zoneForms.Count == 0) return accepted;

        // a PERSON, an ORG or a LOC (no listed place) with a company's name is that company: persons are read off the name's shape, bodies off their
        // context (新华联 表示), companies off evidence (新华联集团, a legal form)
        var entities = accepted.Select(e => IsFirmMisread(e, text, companies, rareNames) ? new CompanyEntity(e.Start, e.Length, e.Text) : e).ToList();
        var occurrences = new Occurrences(text);
        RemoveFragments(document, companies, occurrences, entities);
        // the definition names the firm: a place or a person read inside the alias (四川 of 以下简称“四川时代”) gives way,
        // where it is defined and wherever it comes back as a word of its own
        foreach (var alias in aliases)
        {
            var name = text.Substring(alias.Start, alias.Length);
            foreach (var at in occurrences.Of(name))
            {
                var end = at + name.Length;
                if (at != alias.Start && (!IsWordEdge(text, document.Words, at) || !IsWordEdge(text, document.Words, end))) continue;
                var inside = entities.Where(e => e.Start >= at && e.End <= end).ToList();
                // where it is defined the alias is the whole quoted run, so a fragment read inside it gives way (高盛 of 济|高盛|和 in “济高盛和”)
                if (at != alias.Start && inside.Any(e => e.Label == EntityLabel.Company) || entities.Any(e => e.Start < end && e.End > at && !inside.Contains(e))) continue;
                entities.RemoveAll(inside.Contains);
                entities.Add(at == alias.Start ? alias : new CompanyEntity(at, name.Length, document.Slice(at, name.Length)));
            }
        }
        RemovePlacesInside(document, brands, occurrences, entities);
        var covered = new bool[text.Length];
        foreach (var entity in entities) covered.AsSpan(entity.Start, entity.Length).Fill(true);
        // a name written right after a firm's name is its product line or brand (福田汽车欧曼), not a firm of its own
        var companyEnds = entities.Where(e => e.Label == EntityLabel.Company).Select(e => e.End).ToHashSet();
        // and a name right before a Latin-letter model names the product (比亚迪G6), as in ListedNameRecognizer
        // and a name the text writes with a legal form (吉利控股|集团 of 浙江吉利控股集团) is named with it
        Entity? Company(int at, int length, string slice)
        {
            if (companyEnds.Contains(at) || ListedNameRecognizer.IsModelAfter(text, at + length)) return null;
            var form = LegalFormAt(document, at + length);
            return form > 0 && !covered.AsSpan(at + length, form).Contains(true)
                ? new CompanyEntity(at, length + form, document.Slice(at, length + form)) : new CompanyEntity(at, length, slice);
        }
        // a longer name first: a trade name or a brand inside it (溢香源 of 杭州溢香源) is no mention of its own there
        AddMentions(document, companies.Concat(brands).OrderByDescending(name => name.Length), occurrences, covered, entities, Company,
            (at, length) => IsGluedToFunctionCharacter(document, at, length));
        AddMentions(document, places, occurrences, covered, entities, (at, length, slice) => new LocationEntity(at, length, slice));
        AddMentions(document, people, occurrences, covered, entities, (at, length, slice) => new PersonEntity(at, length, slice));
        // a zone's short form inside a body's name is the zone too (两江管委会: the contract's one nesting), so an ORG covers none
        var zoneCovered = new bool[text.Length];
        foreach (var entity in entities.Where(e => e.Label != EntityLabel.Organization)) zoneCovered.AsSpan(entity.Start, entity.Length).Fill(true);
        foreach (var (shortForm, zone) in zoneForms.OrderByDescending(form => form.Key.Length)) // a longer form first: the stem inside it is no mention
            AddMentions(document, [shortForm], occurrences, zoneCovered, entities, (at, length, slice) => new ZoneEntity(at, length, slice, zone.Kind, zone.CanonicalName),
                (at, length) => _zoneShortForms.EndsInGluedWord(document, at, length));
        return entities.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
    }

    /// <summary>
    /// A PERSON or an ORG with a company's name, or a LOC with a company's name or a rare proper noun read as a firm elsewhere
    /// (<paramref name="rareNames"/>) that names no listed place (保利反超万科: the model reads 万科 as a place after a verb of
    /// ranking).
    /// </summary>
    private bool IsFirmMisread(Entity entity, string text, HashSet<string> companies, HashSet<string> rareNames)
    {
        if (entity.Label is not (EntityLabel.Person or EntityLabel.Organization or EntityLabel.Location)) return false;
        var name = text.Substring(entity.Start, entity.Length);
        return entity.Label == EntityLabel.Location
            ? (companies.Contains(name) || rareNames.Contains(name)) && !allPlaces.All.Contains(name)
            : companies.Contains(name);
    }

    /// <summary>
    /// A LOC or COMPANY span made of a foreign country and a listed firm (英国阿斯利康, 法国达飞海运集团) is the country and the
    /// firm (<see cref="CompanyAfterCountry"/>).
    /// </summary>
    private Entity[] FirmsAfterCountries(Entity[] accepted, Document document)
    {
        if (listedCompanies is null) return accepted;
        var result = new List<Entity>(accepted.Length);
        foreach (var entity in accepted)
        {
            var country = entity.Label is EntityLabel.Location or EntityLabel.Company
                ? CompanyAfterCountry.CountryLength(entity.Text, allPlaces.ForeignCountries, allPlaces.All, listedCompanies, names.Lexicons, names.Common) : 0;
            if (country == 0)
            {
                result.Add(entity);
                continue;
            }
            result.Add(new LocationEntity(entity.Start, country, document.Slice(entity.Start, country)));
            result.Add(new CompanyEntity(entity.Start + country, entity.Length - country, document.Slice(entity.Start + country, entity.Length - country)));
        }
        return result.Count == accepted.Length ? accepted : result.ToArray();
    }

    /// <summary>
    /// A Latin name in brackets right after a COMPANY is that firm's Latin name (<see cref="CompanyLatinAlias"/>), a COMPANY
    /// in place of whatever was read inside the brackets (ECC as an ORG).
    /// </summary>
    private static Entity[] LatinAliases(Entity[] accepted, Document document)
    {
        var aliases = accepted.Where(e => e.Label == EntityLabel.Company)
            .Select(e => CompanyLatinAlias.After(document.Text, e.End)).OfType<(int Start, int Length)>()
            .Where(a => !accepted.Any(e => e.Label == EntityLabel.Company && e.Start == a.Start && e.Length == a.Length)).ToList();
        if (aliases.Count == 0) return accepted;
        var result = accepted.Where(e => !aliases.Any(a => e.Start >= a.Start && e.End <= a.Start + a.Length)).ToList();
        result.AddRange(aliases.Select(a => new CompanyEntity(a.Start, a.Length, document.Slice(a.Start, a.Length))));
        return result.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
    }

    /// <summary>
    /// A person's full name (<see cref="IsUnknownFullName"/>: 华桂潮) that the document
    /// reads once as a PERSON and elsewhere as a COMPANY, and that no company list holds, is the person: the model, which
    /// reads a name off its neighbours, takes a founder for his firm where he acts like one (华桂潮回国创业, 拒绝了华桂潮),
    /// and spreading that COMPANY would relabel the mentions a rule read as the person (华桂潮说). A listed firm that bears
    /// a person's name (周大生) keeps its COMPANY mentions.
    /// </summary>
    private Entity[] PeopleReadAsFirms(Entity[] accepted)
    {
        var people = accepted.Where(e => e.Label == EntityLabel.Person).Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var misread = accepted.Where(e => e.Label == EntityLabel.Company && people.Contains(e.Text) && IsUnknownFullName(e.Text))
            .Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        if (misread.Count == 0) return accepted;
        return accepted.Select(e => e.Label == EntityLabel.Company && misread.Contains(e.Text) ? new PersonEntity(e.Start, e.Length, e.Text) : e).ToArray();
    }

    /// <summary>
    /// A surname and a two-character given name (华桂潮) that jieba does not know, that reads no foreign name (麦考林) and
    /// that no company list holds. Two characters are left out: a surname and one character is as often a firm's short
    /// name (武钢, 龙工, 路虎); and a name jieba knows is a famous one, a brand as often as a person (欧司朗, 周大福).
    /// </summary>
    private bool IsUnknownFullName(string name) =>
        name.Length == 3 && _personShape.Fits(name) && names.Common.Frequency(name) == 0 && !names.Lexicons.IsTransliteration(name)
        && !(listedCompanies is not null && listedCompanies.Forms.TryLongestStartingAt(name, 0, out var length, out _) && length == name.Length);

    /// <summary>
    /// The names that a company found with its legal form goes by without it (首钢公司 → 首钢, 博西华家用电器有限公司 →
    /// 博西华家用电器), and by its brand, the words before the first common word of that short form (万士达液晶显示器有限公司
    /// → 万士达), when a form cannot be a common word, a place or a generic modifier; a Latin registered name goes by its
    /// one-word brand (Harvatck(HongKong)Limited → Harvatck), and a name with a bracketed place by what stands before it
    /// (飞利浦(中国)投资有限公司 → 飞利浦).
    /// </summary>
    private IEnumerable<string> ShortForms(Document document, Entity[] accepted)
    {
        var text = document.Text;
        foreach (var company in accepted.Where(e => e.Label == EntityLabel.Company))
        {
            var latinBrand = LatinCompanyName.BrandOf(text.Substring(company.Start, company.Length), names.Lexicons.LatinLegalForms);
            if (latinBrand is not null) yield return latinBrand;
            if (WithoutCountry(text.Substring(company.Start, company.Length)) is { } national) yield return national;
            if (WithoutCountryAfter(text.Substring(company.Start, company.Length)) is { } listedAbroad) yield return listedAbroad;
            var name = text.AsSpan(company.Start, company.Length);
            if (names.Lexicons.LegalFormOf(name) is not { } form) continue;
            var shortForm = name[..^form.Length].ToString();
            if (WithoutCountry(shortForm) is { } nationalShort) yield return nationalShort;
            if (IsBrandForm(shortForm, rareWordAllowed: form != BareCompany && IsRareThreeCharacterWord(shortForm))) yield return shortForm;
            var brandLength = BrandLength(text, document.Words, company.Start, shortForm.Length);
            if (brandLength < shortForm.Length && IsBrandForm(shortForm[..brandLength])) yield return shortForm[..brandLength];
            if (TradeNameAfterPlace(document, company.Start, shortForm) is { } tradeName) yield return tradeName;
            if (IndustryNameAfterPlace(shortForm) is { } industryName) yield return industryName;
            // a foreign or group firm's local entity brackets its place after the name it goes by: 飞利浦(中国)投资有限公司 → 飞利浦
            var bracket = shortForm.IndexOf('(');
            if (bracket >= 2 && IsBrandForm(shortForm[..bracket])) yield return shortForm[..bracket];
        }
    }

    /// <summary>
    /// A national firm named 中国 and its trade name (中国南车, 中国联通, 中国南车股份有限公司) goes by the trade name alone (南车,
    /// 联通) when that is written in Chinese characters (not IC of a misread 中国IC) and can be no common word, place or generic
    /// modifier (<see cref="IsBrandForm"/>: not 移动 of 中国移动).
    /// </summary>
    private string? WithoutCountry(string name) =>
        name.Length == Country.Length + TradeNameLength && name.StartsWith(Country, StringComparison.Ordinal) && name[Country.Length..] is var rest
        && rest.All(Text.CharClass.IsIdeograph) && names.Lexicons.LegalFormOf(rest) is null && IsBrandForm(rest) ? rest : null;

    private const string Country = "中国";

    /// <summary>
    /// A firm listed in Hong Kong often puts 中国 after its trade name (融创中国, 绿城中国), and the press
    /// names it by the trade name alone (融创, 绿城) under the same conditions as <see cref="WithoutCountry"/>.
    /// </summary>
    private string? WithoutCountryAfter(string name) =>
        name.Length == Country.Length + TradeNameLength && name.EndsWith(Country, StringComparison.Ordinal) && name[..TradeNameLength] is var rest
        && rest.All(Text.CharClass.IsIdeograph) && names.Lexicons.LegalFormOf(rest) is null && IsBrandForm(rest) ? rest : null;

    /// <summary>
    /// The trade names that the press uses without 中国 have two characters (南车, 商飞, 联通); a longer rest is a trade or a unit
    /// (铁路通信信号 of 中国铁路通信信号集团, 触控事业部).
    /// </summary>
    private const int TradeNameLength = 2;

    /// <summary>
    /// The trade name (字号) of a registered name that opens with a place (北京理想伟业节能投资有限公司 → 理想伟业, 广东新华南方软件外包有限公司
    /// → 新华南方): the longest run of three or four characters after the place that ends on a word of the name, leaves two
    /// characters or more of trade words before the form, and is no word of jieba's dictionary (<see cref="IsBrandForm"/>). The
    /// cut by common words misses it when the trade name is made of common words (理想|伟业, 新华|南方); the whole run is none.
    /// </summary>
    private string? TradeNameAfterPlace(Document document, int start, string shortForm)
    {
        var placeLength = names.Places.PrefixLength(shortForm, 0);
        if (placeLength == 0) return null;
        for (var length = MaxTradeName; length >= MinTradeName; length--)
        {
            var end = placeLength + length;
            if (shortForm.Length - end < 2 || !document.Words.IsBoundary(start + end)) continue;
            var tradeName = shortForm[placeLength..end];
            if (tradeName.All(Text.CharClass.IsIdeograph) && names.Common.Frequency(tradeName) == 0 && IsBrandForm(tradeName)) return tradeName;
        }
        return null;
    }

    /// <summary>
    /// The name without its place (浙江奔腾电器股份有限公司 → 奔腾电器), by which the press calls a firm whose registered name is
    /// place, trade name and industry word: four characters or more ending in a company head, no word of jieba's dictionary,
    /// with a trade name before the head that is no ordinary noun (汽车 of 北京汽车制造), place or generic modifier. The trade
    /// name may be a common verb (奔腾), which <see cref="IsBrandForm"/> rejects in a name of its own.
    /// </summary>
    private string? IndustryNameAfterPlace(string shortForm)
    {
        var placeLength = names.Places.PrefixLength(shortForm, 0);
        if (placeLength == 0 || shortForm.Length - placeLength < MinIndustryName) return null;
        var industryName = shortForm[placeLength..];
        if (!industryName.All(Text.CharClass.IsIdeograph) || names.Common.Frequency(industryName) > 0
            || !names.Lexicons.CompanySuffixes.TryLongestEndingAt(industryName, industryName.Length, 2, out var headStart, out _) || headStart < 2)
            return null;
        var tradeName = industryName[..headStart];
        return names.Common.IsCommonNoun(tradeName) || names.Places.All.Contains(tradeName) || names.Prefix.IsGeneric(tradeName)
            || names.Places.PrefixLength(tradeName, 0) > 0 ? null : industryName;
    }

    private const int MinIndustryName = 4;
    private const int MinTradeName = 3;
    private const int MaxTradeName = 4;

    /// <summary>
    /// A firm named by its brand and an industry word (宏齐科技, 台湾宏齐科技股份有限公司) comes back by its brand with the place
    /// of its name (台湾宏齐) and by its brand alone (宏齐), longest first, when that brand is written in Chinese characters
    /// (LED of LED装备 is a technology) and cannot be a common word, a place or a generic modifier (<see cref="IsBrandForm"/>).
    /// These forms only fill free text: they never relabel a PERSON (盖蒂 of 盖蒂信托 is also the founder's name).
    /// </summary>
    private HashSet<string> IndustryBrands(Entity[] accepted, string text)
    {
        var brands = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in accepted.Where(e => e.Label == EntityLabel.Company))
        {
            var name = text.Substring(company.Start, company.Length);
            var shortForm = names.Lexicons.LegalFormOf(name) is { } form ? name[..^form.Length] : name;
            if (!names.Lexicons.CompanySuffixes.TryLongestEndingAt(shortForm, shortForm.Length, 2, out var industryStart, out _)
                || names.Lexicons.LegalFormOf(shortForm) is not null) continue;
            var withPlace = shortForm[..industryStart];
            var placeLength = names.Places.PrefixLength(withPlace, 0);
            var brand = withPlace[placeLength..];
            if (!brand.All(Text.CharClass.IsIdeograph) || !IsBrandForm(brand)) continue;
            if (placeLength > 0) brands.Add(withPlace);
            brands.Add(brand);
        }
        return brands;
    }

    /// <summary>
    /// Rarer than a set phrase (回购 of 回购公司, 154 times, is not), and unknown to jieba or a proper noun to it (星澜;
    /// 华润, nz): a word jieba tags as an ordinary noun or verb, however rare, names a trade (吊装 of 吊装公司, 21 times, a
    /// noun), so its bare mentions are no firm. The price: a brand that jieba tags as a noun (首钢, 27) is not spread
    /// from 首钢公司 either, unless <paramref name="rareWordAllowed"/> (<see cref="IsRareThreeCharacterWord"/>). No place or
    /// generic modifier.
    /// </summary>
    private bool IsBrandForm(string form, bool rareWordAllowed = false) =>
        form.Length >= 2 && NamePrefix.IsNameMaterial(form) && (rareWordAllowed || IsRareOrProperName(form))
        && !names.Places.All.Contains(form) && !names.Prefix.IsGeneric(form) && HasBrand(form);

    /// <summary>
    /// Unknown to jieba, a rare proper noun, or a proper noun of three or more characters below common vocabulary: jieba's
    /// dictionary knows the famous foreign firms as such (飞利浦 nz, 166 times), and at that length a proper noun is no
    /// set phrase; but not a place name (内华达 ns, of 内华达铁矿公司).
    /// </summary>
    private bool IsRareOrProperName(string form)
    {
        var frequency = names.Common.Frequency(form);
        return frequency == 0 || names.Common.IsProperNoun(form)
            && (frequency < CommonWords.PhraseThreshold || form.Length >= 3 && frequency < CommonWords.Threshold && !names.Common.IsPlaceName(form));
    }

    /// <summary>
    /// What a firm found with its legal form goes by without it (太子奶 of 太子奶集团) may be a three-character word that jieba
    /// counts fewer than <see cref="RareWord"/> times, whatever its tag (太子奶 n, 3 times; 喜之郎 l, 3): a name the
    /// dictionary picked up from the press, not vocabulary. Not before a bare 公司 (子项目公司), and only there: a rare word of
    /// other sources is often a kind (家具厂 of 家具厂环保), and longer words of that rarity are compound terms (轨道交通, 优势产业).
    /// </summary>
    private bool IsRareThreeCharacterWord(string form) =>
        form.Length == 3 && names.Common.Frequency(form) < RareWord && !names.Common.IsPlaceName(form);

    private const int RareWord = 10;

    /// <summary>The bare form, which after a rare noun more often makes a kind (子项目公司, 家装公司) than a firm.</summary>
    private const string BareCompany = "公司";

    /// <summary>The length of the words from <paramref name="start"/> up to the first word of two or more characters that is common vocabulary.</summary>
    private int BrandLength(string text, Lexicon.TokenBoundaries words, int start, int length)
    {
        var wordStart = start;
        for (var end = start + 1; end <= start + length; end++)
        {
            if (end < start + length && !words.IsBoundary(end)) continue;
            if (end - wordStart >= 2 && names.Common.IsCommon(text.AsSpan(wordStart, end - wordStart))) return wordStart - start;
            wordStart = end;
        }
        return length;
    }

    /// <summary>
    /// A free mention of a company name that holds only shorter COMPANY spans takes their place: the segmenter cut the
    /// brand (万士|达) and a recogniser took a piece of it (万士).
    /// </summary>
    private static void RemoveFragments(Document document, HashSet<string> companies, Occurrences occurrences, List<Entity> entities)
    {
        var text = document.Text;
        var index = new OverlapIndex(entities);
        var removed = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        foreach (var name in companies)
        {
            foreach (var at in occurrences.Of(name))
            {
                var end = at + name.Length;
                if (!IsWordEdge(text, document.Words, at) || !IsWordEdge(text, document.Words, end)) continue;
                var inside = index.Overlapping(at, end);
                inside.RemoveAll(removed.Contains);
                if (inside.Count > 0 && inside.All(e => e.Label == EntityLabel.Company && e.Start >= at && e.End <= end && e.Length < name.Length))
                    removed.UnionWith(inside);
            }
        }
        if (removed.Count > 0) entities.RemoveAll(removed.Contains);
    }

    /// <summary>
    /// A firm's brand with the place of its name (台湾宏齐 of 台湾宏齐科技股份有限公司) is the firm where it comes back, not a
    /// place and a brand: a LOC read inside a free mention of it (台湾) gives way, and so does a COMPANY on the brand alone.
    /// </summary>
    private void RemovePlacesInside(Document document, HashSet<string> brands, Occurrences occurrences, List<Entity> entities)
    {
        var text = document.Text;
        foreach (var name in brands.Where(b => names.Places.PrefixLength(b, 0) > 0))
        {
            foreach (var at in occurrences.Of(name))
            {
                var end = at + name.Length;
                if (!IsWordEdge(text, document.Words, at) || !IsWordEdge(text, document.Words, end)) continue;
                var overlapping = entities.Where(e => e.Start < end && e.End > at).ToList();
                if (overlapping.Any(e => e.Start < at || e.End > end || e.Label is not (EntityLabel.Location or EntityLabel.Company))
                    || !overlapping.Any(e => e.Label == EntityLabel.Location)) continue;
                entities.RemoveAll(overlapping.Contains);
            }
        }
    }

    /// <summary>The distinct names of one label that spread, in the order of their first mention; each name is judged once.</summary>
    private static HashSet<string> NamesOf(Entity[] accepted, string text, EntityLabel label, Func<string, bool> spreads)
    {
        var distinct = accepted.Where(e => e.Label == label).Select(e => text.Substring(e.Start, e.Length)).ToHashSet(StringComparer.Ordinal);
        return distinct.Where(spreads).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Where each name occurs in the text (ordinal, overlapping occurrences too), searched once per name.</summary>
    private sealed class Occurrences(string text)
    {
        private readonly Dictionary<string, List<int>> _found = new(StringComparer.Ordinal);

        public List<int> Of(string name)
        {
            if (_found.TryGetValue(name, out var positions)) return positions;
            positions = [];
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                positions.Add(at);
            _found.Add(name, positions);
            return positions;
        }
    }

    /// <summary>
    /// Adds every free mention of each name (word edges, nothing accepted there) as an entity made by <paramref name="create"/>,
    /// which returns null for a mention that its context rules out; <paramref name="endsAlso"/> accepts more ends of a name.
    /// </summary>
    private void AddMentions(Document document, IEnumerable<string> forms, Occurrences occurrences, bool[] covered, List<Entity> entities, Func<int, int, string, Entity?> create,
        Func<int, int, bool>? endsAlso = null)
    {
        var text = document.Text;
        var words = document.Words;
        foreach (var name in forms)
        {
            foreach (var at in occurrences.Of(name))
            {
                if (!IsWordEdge(text, words, at) || !EndsName(text, words, at, name) && endsAlso?.Invoke(at, name.Length) != true) continue; // 瑞智 inside 瑞智能 is another word
                if (covered.AsSpan(at, name.Length).Contains(true)) continue;
                if (create(at, name.Length, document.Slice(at, name.Length)) is not { } mention) continue;
                covered.AsSpan(mention.Start, mention.Length).Fill(true);
                entities.Add(mention);
            }
        }
    }

    /// <summary>The length of the legal form (集团, 有限公司…) that starts at <paramref name="at"/> and ends on a word edge; 0 for none.</summary>
    private int LegalFormAt(Document document, int at)
    {
        foreach (var form in names.Lexicons.LegalForms)
            if (document.Text.AsSpan(at).StartsWith(form, StringComparison.Ordinal) && IsWordEdge(document.Text, document.Words, at + form.Length))
                return form.Length;
        return 0;
    }

    /// <summary>A word boundary; whitespace gets no token, so a position next to it is one too.</summary>
    private static bool IsWordEdge(string text, TokenBoundaries words, int position) =>
        words.IsBoundary(position) || position == text.Length || char.IsWhiteSpace(text[position - 1]) || char.IsWhiteSpace(text[position]);

    /// <summary>
    /// The name ends on a word edge, or the segmenter glued its end to the next word and the firm is still named: a
    /// generic word of three or more characters follows (山外山 in 山外|山科|创板), or, for a name of four or more
    /// characters ending in a company head, the head starts a word (瑞智|电子光学).
    /// </summary>
    private bool EndsName(string text, TokenBoundaries words, int at, string name)
    {
        var end = at + name.Length;
        if (IsWordEdge(text, words, end)) return true;
        if (name.Length >= 3 && Model.ModelSpanFilter.GenericWordStartsAt(names.Prefix, text, words, end, end)) return true; // 山外|山科|创板
        return name.Length >= 4 && names.Lexicons.CompanySuffixes.TryLongestEndingAt(name, name.Length, 1, out var headStart, out _)
            && headStart >= 2 && words.IsBoundary(at + headStart);
    }

    /// <summary>
    /// jieba's model for unknown words glues the function character after a brand it does not know to it (隆基|超 as 隆基超,
    /// 隆基以6.35GW): the firm's name ends before that character when the glued word is exactly the name and one character
    /// of <see cref="GluedAfterCharacters"/>, and unknown to jieba's dictionary.
    /// </summary>
    private bool IsGluedToFunctionCharacter(Document document, int at, int length)
    {
        var end = at + length;
        return end < document.Text.Length && GluedAfterCharacters.Contains(document.Text[end]) && document.Words.StartOfWordEndingAt(end + 1) == at
            && names.Common.Frequency(document.Text.AsSpan(at, length + 1)) == 0;
    }

    /// <summary>
    /// Prepositions, adverbs and verbs of comparison that follow a firm as the subject of its clause (隆基以, 隆基超, 隆基在, 隆基将)
    /// and rarely end a brand, unlike 和, 达 or 能 (信和, 宏达, 瑞智能).
    /// </summary>
    private const string GluedAfterCharacters = "以超在将与及也已又就都还并仍则称";

    /// <summary>A place of three or more ideographs closed by an administrative suffix (纳雍县, 龙场镇): a name, never a common word.</summary>
    private bool IsAdministrativePlace(string name) =>
        name.Length >= 3 && names.Places.IsAdministrativeSuffix(name[^1]) && name.All(Text.CharClass.IsIdeograph);

    /// <summary>
    /// A company name names one firm when, without its legal form and its industry word, a brand is left that is
    /// neither a generic modifier nor common vocabulary: 上市公司, 期货公司 and 产业背景期货公司 are kinds of firms.
    /// </summary>
    private bool HasBrand(string name)
    {
        var brand = names.Lexicons.LegalFormOf(name) is { } form ? name[..^form.Length] : name;
        if (names.Lexicons.CompanySuffixes.TryLongestEndingAt(brand, brand.Length, 2, out var industryStart, out _)) brand = brand[..industryStart];
        return brand.Length > 0 && !names.Prefix.IsGeneric(brand) && !names.Common.IsCommon(brand);
    }

    private bool IsDistinctive(string name) =>
        name.Length >= 3 ? !names.Common.IsCommon(name) : name.Length == 2 && names.Common.Frequency(name) == 0;

    /// <summary>Two characters that jieba knows only as a rare proper noun, no place (万科, 中信, 腾讯: nz).</summary>
    private bool IsRareProperName(string name) =>
        name.Length == 2 && names.Common.IsProperNoun(name) && !names.Common.IsCommon(name) && !names.Common.IsPlaceName(name);
}
