using System.Reflection;

namespace ZoneExtract.Tests.PublicApi;

/// <summary>Reflection over what a consumer of the ZoneExtract assembly can see and call.</summary>
internal static class PublicSurface
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<Type> Types { get; } = typeof(ZoneExtractor).Assembly.GetExportedTypes();

    /// <summary>The public and protected members that a type declares itself.</summary>
    public static IEnumerable<MemberInfo> VisibleMembers(Type type) =>
        type.GetMembers(Declared).Where(IsVisible);

    /// <summary>Every type named in a member's signature, generic arguments and element types included.</summary>
    public static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        FieldInfo field => Expand(field.FieldType),
        PropertyInfo property => Expand(property.PropertyType).Concat(property.GetIndexParameters().SelectMany(p => Expand(p.ParameterType))),
        EventInfo @event => Expand(@event.EventHandlerType!),
        MethodInfo method => Expand(method.ReturnType).Concat(method.GetParameters().SelectMany(p => Expand(p.ParameterType))),
        ConstructorInfo constructor => constructor.GetParameters().SelectMany(p => Expand(p.ParameterType)),
        Type nested => Expand(nested),
        _ => [],
    };

    /// <summary>The base type and interfaces through which a type exposes others.</summary>
    public static IEnumerable<Type> InheritedTypes(Type type) =>
        (type.BaseType is null ? [] : Expand(type.BaseType)).Concat(type.GetInterfaces().SelectMany(Expand));

    private static bool IsVisible(MemberInfo member) => member switch
    {
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem,
        _ => false,
    };

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!)) yield return inner;
            yield break;
        }
        yield return type;
        if (!type.IsGenericType) yield break;
        foreach (var argument in type.GetGenericArguments())
        {
            if (argument.IsGenericParameter) continue;
            foreach (var inner in Expand(argument)) yield return inner;
        }
    }
}
