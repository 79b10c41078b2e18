using System.Reflection;
using System.Runtime.CompilerServices;

namespace ZoneExtract.Tests.PublicApi;

/// <summary>Rules of the public API review that a baseline diff alone would not enforce.</summary>
public class PublicSurfaceTests
{
    /// <summary>Dependencies are implementation details: swapping the segmenter or the model must not break callers.</summary>
    private static readonly string[] InternalDependencyNamespaces = ["JiebaNet", "Microsoft.ML"];

    [Test]
    public void No_public_signature_mentions_jieba_or_ml_net_types()
    {
        var leaks = new List<string>();
        foreach (var type in PublicSurface.Types)
        {
            leaks.AddRange(PublicSurface.InheritedTypes(type).Where(IsInternalDependency).Select(t => $"{type.FullName} inherits {t.FullName}"));
            foreach (var member in PublicSurface.VisibleMembers(type))
            {
                leaks.AddRange(PublicSurface.SignatureTypes(member).Where(IsInternalDependency)
                    .Select(t => $"{type.FullName}.{member.Name} uses {t.FullName}"));
            }
        }
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void Public_types_expose_no_settable_properties_or_writable_fields()
    {
        var mutable = new List<string>();
        foreach (var type in PublicSurface.Types)
        {
            foreach (var member in PublicSurface.VisibleMembers(type))
            {
                if (member is PropertyInfo { SetMethod: { IsPublic: true } setter } property && !IsInitOnly(setter))
                    mutable.Add($"{type.FullName}.{property.Name} has a public setter");
                if (member is FieldInfo { IsInitOnly: false, IsLiteral: false } field && !type.IsEnum)
                    mutable.Add($"{type.FullName}.{field.Name} is a writable field");
            }
        }
        Assert.That(mutable, Is.Empty, "Results and options are immutable: use init accessors and readonly fields.");
    }

    [Test]
    public void Entity_records_are_sealed()
    {
        // Sealed, so that a consumer's switch over the entity types and the typed views of ExtractionResult
        // (Money, Dates...) see every entity as exactly one of the published types.
        var entityTypes = PublicSurface.Types.Where(t => t.IsSubclassOf(typeof(Entity))).ToList();
        Assert.That(entityTypes, Is.Not.Empty);
        Assert.That(entityTypes.Where(t => !t.IsSealed).Select(t => t.FullName), Is.Empty);
    }

    private static bool IsInternalDependency(Type type) =>
        type.Namespace is { } ns && InternalDependencyNamespaces.Any(prefix => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
