using System.Text.Json.Nodes;

namespace Conformance.Diff.Schemas;

/// <summary>
/// Walks an old and a new schema side by side (properties, items, additionalProperties, oneOf and
/// anyOf variants) and lists their differences. Schemas are compared resolved, so moving a schema
/// into <c>components</c> or renaming a component is no change. A pair of schemas already being
/// compared further up the walk is not entered again: recursive schemas (a tree node whose
/// children are tree nodes) terminate, and the pair is equal unless a difference shows elsewhere.
/// </summary>
internal sealed class SchemaComparer(SchemaResolver old, SchemaResolver @new)
{
    private const int MaxDepth = 48;
    private readonly HashSet<(string, string)> active = [];

    public IReadOnlyList<SchemaDelta> Compare(JsonNode? oldSchema, string oldPointer, JsonNode? newSchema, string newPointer)
    {
        var deltas = new List<SchemaDelta>();
        if (oldSchema is null && newSchema is null) return deltas;
        if (oldSchema is null)
        {
            deltas.Add(new SchemaDelta(SchemaDeltaKind.SchemaAdded, "", oldPointer, newPointer, "schema added"));
        }
        else if (newSchema is null)
        {
            deltas.Add(new SchemaDelta(SchemaDeltaKind.SchemaRemoved, "", oldPointer, newPointer, "schema removed"));
        }
        else
        {
            Walk(old.View(oldSchema, oldPointer), @new.View(newSchema, newPointer), "", 0, deltas);
        }

        return deltas;
    }

    private void Walk(SchemaView o, SchemaView n, string path, int depth, List<SchemaDelta> into)
    {
        if (o.ExternalRef is not null || n.ExternalRef is not null)
        {
            if (o.ExternalRef != n.ExternalRef) into.Add(new SchemaDelta(SchemaDeltaKind.RefChanged, path, o.Pointer, n.Pointer, $"$ref '{o.ExternalRef}' → '{n.ExternalRef}' (not followed)"));
            return;
        }

        if (depth > MaxDepth || !active.Add((o.Pointer, n.Pointer))) return;
        try
        {
            KeywordComparer.Compare(o, n, path, into);
            if (o.MayBe("object") && n.MayBe("object") && (o.IsObjectLike || n.IsObjectLike)) CompareObject(o, n, path, depth, into);
            if (o.MayBe("array") && n.MayBe("array") && (o.Keywords.ContainsKey("items") || n.Keywords.ContainsKey("items")))
            {
                Walk(old.View(o["items"], o.Pointer + "/items"), @new.View(n["items"], n.Pointer + "/items"), path + "[]", depth + 1, into);
            }

            CompareVariants("oneOf", o, n, path, depth, into);
            CompareVariants("anyOf", o, n, path, depth, into);
        }
        finally
        {
            active.Remove((o.Pointer, n.Pointer));
        }
    }

    private void CompareObject(SchemaView o, SchemaView n, string path, int depth, List<SchemaDelta> into)
    {
        var names = o.Properties.Keys.Concat(o.Required).Concat(n.Properties.Keys).Concat(n.Required).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var at = path.Length == 0 ? name : $"{path}.{name}";
            var inOld = o.Properties.TryGetValue(name, out var op) | o.Required.Contains(name);
            var inNew = n.Properties.TryGetValue(name, out var np) | n.Required.Contains(name);
            var oldAt = op.Pointer ?? o.Pointer;
            var newAt = np.Pointer ?? n.Pointer;
            if (!inOld)
            {
                var required = n.Required.Contains(name);
                into.Add(new SchemaDelta(required ? SchemaDeltaKind.RequiredPropertyAdded : SchemaDeltaKind.OptionalPropertyAdded, at, o.Pointer, newAt, $"property '{name}' added{(required ? " as required" : "")}"));
            }
            else if (!inNew)
            {
                var wasRequired = o.Required.Contains(name);
                into.Add(new SchemaDelta(wasRequired ? SchemaDeltaKind.RequiredPropertyRemoved : SchemaDeltaKind.OptionalPropertyRemoved, at, oldAt, n.Pointer, $"{(wasRequired ? "required" : "optional")} property '{name}' removed", n.IsClosed));
            }
            else
            {
                if (o.Required.Contains(name) != n.Required.Contains(name))
                {
                    var nowRequired = n.Required.Contains(name);
                    into.Add(new SchemaDelta(nowRequired ? SchemaDeltaKind.BecameRequired : SchemaDeltaKind.BecameOptional, at, oldAt, newAt, $"property '{name}' is now {(nowRequired ? "required" : "optional")}"));
                }

                // A property named only in `required` has no schema of its own (any value): view it
                // at its would-be place, never at the parent's pointer.
                var oldSchemaAt = op.Pointer ?? Conformance.Spec.JsonPointer.Append(o.Pointer + "/properties", name);
                var newSchemaAt = np.Pointer ?? Conformance.Spec.JsonPointer.Append(n.Pointer + "/properties", name);
                Walk(old.View(op.Node, oldSchemaAt), @new.View(np.Node, newSchemaAt), at, depth + 1, into);
            }
        }

        if (o.IsClosed != n.IsClosed)
        {
            into.Add(new SchemaDelta(n.IsClosed ? SchemaDeltaKind.AdditionalPropertiesClosed : SchemaDeltaKind.AdditionalPropertiesOpened, path, o.Pointer, n.Pointer, $"additionalProperties {(n.IsClosed ? "now forbidden" : "now allowed")}"));
        }
        else if (o["additionalProperties"] is JsonObject || n["additionalProperties"] is JsonObject)
        {
            Walk(old.View(o["additionalProperties"], o.Pointer + "/additionalProperties"), @new.View(n["additionalProperties"], n.Pointer + "/additionalProperties"), path + "{*}", depth + 1, into);
        }
    }

    /// <summary>Pairs variants that are the same schema first, then the rest by position.</summary>
    private void CompareVariants(string key, SchemaView o, SchemaView n, string path, int depth, List<SchemaDelta> into)
    {
        var ov = o[key] as JsonArray;
        var nv = n[key] as JsonArray;
        if (ov is null && nv is null) return;
        if (ov is null || nv is null)
        {
            // A oneOf introduced narrows the values to its variants; one dropped widens them.
            var kind = ov is null ? SchemaDeltaKind.TypeNarrowed : SchemaDeltaKind.TypeWidened;
            into.Add(new SchemaDelta(kind, path, o.Pointer, n.Pointer, $"{key} {(ov is null ? "introduced" : "dropped")}"));
            return;
        }

        var olds = ov.Select((v, i) => old.View(v, $"{o.Pointer}/{key}/{i}")).ToList();
        var news = nv.Select((v, i) => @new.View(v, $"{n.Pointer}/{key}/{i}")).ToList();
        foreach (var same in olds.ToList())
        {
            var match = news.FirstOrDefault(x => x.SameShape(same));
            if (match is null) continue;
            Walk(same, match, $"{path}<{key}>", depth + 1, into);
            olds.Remove(same);
            news.Remove(match);
        }

        for (var i = 0; i < Math.Max(olds.Count, news.Count); i++)
        {
            var at = $"{path}<{key}>";
            if (i >= news.Count) into.Add(new SchemaDelta(SchemaDeltaKind.VariantRemoved, at, olds[i].Pointer, n.Pointer, $"{key} variant removed"));
            else if (i >= olds.Count) into.Add(new SchemaDelta(SchemaDeltaKind.VariantAdded, at, o.Pointer, news[i].Pointer, $"{key} variant added"));
            else Walk(olds[i], news[i], at, depth + 1, into);
        }
    }
}
