using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Conformance.Diff;

/// <summary>
/// Value equality for the spec model's records, including their lists (record equality compares
/// lists by reference, so two loads of the same spec would differ). The cheap check before
/// <see cref="ValueDiff"/> serializes anything for a message.
/// </summary>
internal static class StructuralEquality
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a is string || a is Enum || a.GetType().IsPrimitive) return a.Equals(b);
        if (a is JsonNode na) return b is JsonNode nb && JsonNode.DeepEquals(na, nb);
        if (a is IEnumerable ea && b is IEnumerable eb) return SameSequence(ea, eb);
        if (a.GetType() != b.GetType()) return false;
        foreach (var property in Properties.GetOrAdd(a.GetType(), Readable))
        {
            if (!Same(property.GetValue(a), property.GetValue(b))) return false;
        }

        return true;
    }

    private static bool SameSequence(IEnumerable a, IEnumerable b)
    {
        var other = b.GetEnumerator();
        foreach (var item in a)
        {
            if (!other.MoveNext() || !Same(item, other.Current)) return false;
        }

        return !other.MoveNext();
    }

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();
}
