using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Scenarios.Schemas;

/// <summary>
/// Finds every constraint of a schema at every depth — the shape's own keywords, each property,
/// array items, and each branch of each oneOf/anyOf (merged with what surrounds it) — and for
/// each makes a value that breaks exactly that constraint while the rest stays as in the valid
/// value. Whether the result is really invalid is decided by the caller's validator, not here.
/// </summary>
internal static class ViolationWalker
{
    private const int MaxDepth = 10;
    private const string Extra = "conformanceUnexpected";

    public static List<Found> Walk(Shape shape, JsonNode? valid) => Walk(shape, valid, "", 0, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(), []);

    private static List<Found> Walk(Shape shape, JsonNode? valid, string path, int depth, HashSet<string> skip, IReadOnlySet<string> skipChoices, List<string> ancestors)
    {
        var found = new List<Found>();
        var identity = string.Join('\n', shape.Sources);
        if (depth > MaxDepth || ancestors.Count(a => a == identity) >= 2) return found;
        ancestors = [.. ancestors, identity];

        foreach (var constraint in shape.Constraints)
        {
            if (skipChoices.Contains(constraint.Origin)) continue;
            var item = Own(shape, constraint, valid, path);
            if (skip.Contains(item.Key)) continue;
            found.Add(item);
        }

        Children(shape, valid, path, depth, skip, found, ancestors);
        foreach (var f in found) skip.Add(f.Key);
        Branches(shape, valid, path, depth, skip, skipChoices, found, ancestors);
        return found;
    }

    private static void Children(Shape shape, JsonNode? valid, string path, int depth, HashSet<string> skip, List<Found> found, List<string> ancestors)
    {
        if (valid is JsonObject || (valid is null && shape.PreferredType() == "object"))
        {
            var names = shape.PropertySources.Keys.ToList();
            if (shape.AdditionalSources.Count > 0 && !names.Contains("conformanceExtra")) names.Add("conformanceExtra");
            foreach (var name in names)
            {
                var child = shape.Property(name);
                if (child.ReadOnly) continue;
                var obj = valid as JsonObject ?? [];
                var childPath = path.Length == 0 ? name : $"{path}.{name}";
                var present = obj.ContainsKey(name);
                var childValid = present ? obj[name] : SampleValues.For(child, depth + 1);
                var baseValue = (JsonObject)obj.DeepClone();
                baseValue[name] = childValid?.DeepClone();
                var usable = present || shape.Accepts(baseValue);
                foreach (var f in Walk(child, childValid, childPath, depth + 1, skip, new HashSet<string>(), ancestors))
                {
                    if (!usable)
                    {
                        found.Add(f.NotMade($"no valid value of {childPath} to start from"));
                        continue;
                    }

                    if (!f.Made)
                    {
                        found.Add(f);
                        continue;
                    }

                    var copy = (JsonObject)baseValue.DeepClone();
                    copy[name] = f.Value?.DeepClone();
                    found.Add(f.Placed(copy, null));
                }
            }
        }

        if (valid is JsonArray || (valid is null && shape.PreferredType() == "array"))
        {
            var array = valid as JsonArray ?? [];
            for (var i = 0; i < shape.PrefixItemSources.Count; i++) Item(shape, shape.PrefixItem(i), array, i, $"{path}[{i}]", depth, skip, found, ancestors);
            if (shape.Items is { } items) Item(shape, items, array, shape.PrefixItemSources.Count, $"{path}[]", depth, skip, found, ancestors);
        }
    }

    private static void Item(Shape shape, Shape item, JsonArray array, int index, string path, int depth, HashSet<string> skip, List<Found> found, List<string> ancestors)
    {
        var baseValue = (JsonArray)array.DeepClone();
        while (baseValue.Count <= index) baseValue.Add(SampleValues.For(item, depth + 1, baseValue.Count));
        var usable = baseValue.Count == array.Count || shape.Accepts(baseValue);
        foreach (var f in Walk(item, baseValue[index], path, depth + 1, skip, new HashSet<string>(), ancestors))
        {
            if (!f.Made || !usable)
            {
                found.Add(usable ? f : f.NotMade($"no valid array with an item at {path} to start from"));
                continue;
            }

            var copy = (JsonArray)baseValue.DeepClone();
            copy[index] = f.Value?.DeepClone();
            found.Add(f.Placed(copy, null));
        }
    }

    /// <summary>Each branch of each choice, taken with what surrounds it: its own constraints, broken one at a time.</summary>
    private static void Branches(Shape shape, JsonNode? valid, string path, int depth, HashSet<string> skip, IReadOnlySet<string> skipChoices, List<Found> found, List<string> ancestors)
    {
        var others = shape.Choices.Select(c => c.Origin).ToHashSet(StringComparer.Ordinal);
        foreach (var choice in shape.Choices.Where(c => !skipChoices.Contains(c.Origin)))
        {
            for (var i = 0; i < choice.Branches.Count; i++)
            {
                var merged = shape.WithBranch(choice, choice.Branches[i]);
                var branchValue = SampleValues.For(merged, depth + 1);
                if (choice.DiscriminatorProperty is { } property && branchValue is JsonObject obj
                    && choice.Mapping.FirstOrDefault(m => m.Value == choice.Branches[i]).Key is { } tag)
                {
                    obj[property] = tag;
                }

                var usable = !merged.Never && shape.Accepts(branchValue);
                var marker = $"{choice.Kind}{i + 1}";
                foreach (var f in Walk(merged, branchValue, path, depth + 1, skip, others, ancestors))
                {
                    found.Add(usable ? f with { Branch = f.Branch ?? marker } : f.NotMade($"no valid value for branch {i + 1} of the {choice.Kind} at {Where(path)}") with { Branch = f.Branch ?? marker });
                }
            }
        }
    }

    private static Found Own(Shape shape, Constraint constraint, JsonNode? valid, string path)
    {
        var where = Where(path);
        var made = Break(shape, constraint, valid);
        var stimulus = Stimulus(shape, constraint, where);
        return made is { } value
            ? new Found(constraint, path, null, true, value.Value, stimulus)
            : new Found(constraint, path, null, false, null, stimulus, $"no value breaks {constraint.Kind} alone");
    }

    private static string Where(string path) => path.Length == 0 ? "the value" : path;

    internal readonly record struct Made(JsonNode? Value);

    private static Made? Break(Shape s, Constraint c, JsonNode? valid)
    {
        var text = valid is JsonValue tv && tv.TryGetValue<string>(out var str) ? str : null;
        switch (c.Kind)
        {
            case "type":
                return WrongType(s);
            case "const":
                return new Made(Different(s.Const));
            case "enum":
                return NotIn(s);
            case "pattern":
                var pattern = c.Origin.EndsWith("/pattern", StringComparison.Ordinal) ? PatternAt(s, c) : null;
                return pattern is null ? null : RegexSampler.NotMatching(pattern, s.MinLength ?? 0, s.MaxLength) is { } nm ? new Made(JsonValue.Create(nm)) : null;
            case "minLength":
                var min = s.MinLength ?? 0;
                if (min == 0) return null;
                var shorter = s.Patterns.Select(p => RegexSampler.Matching(p, 0, min - 1)).FirstOrDefault(x => x is not null)
                    ?? (text is not null ? new string(text.EnumerateRunes().Take(min - 1).SelectMany(r => r.ToString()).ToArray()) : new string('x', min - 1));
                return new Made(JsonValue.Create(shorter));
            case "maxLength":
                var max = s.MaxLength ?? 0;
                var longer = s.Patterns.Select(p => RegexSampler.Matching(p, max + 1, max + 64)).FirstOrDefault(x => x is not null)
                    ?? (text is not null && text.Length > 0 ? text + new string(text[^1], max + 1 - Math.Min(max, text.EnumerateRunes().Count())) : new string('x', max + 1));
                return new Made(JsonValue.Create(longer));
            case "format":
                return BadFormat(s.Format) is { } bad ? new Made(JsonValue.Create(bad)) : null;
            case "minimum":
                return new Made(Num(s.Minimum!.Value - 1));
            case "maximum":
                return new Made(Num(s.Maximum!.Value + 1));
            case "exclusiveMinimum":
                return new Made(Num(s.ExclusiveMinimum!.Value));
            case "exclusiveMaximum":
                return new Made(Num(s.ExclusiveMaximum!.Value));
            case "multipleOf":
                return NotMultiple(s, valid);
            case "minItems":
                return valid is JsonArray few && s.MinItems is > 0 ? new Made(new JsonArray(few.Take(s.MinItems.Value - 1).Select(x => x?.DeepClone()).ToArray())) : null;
            case "maxItems":
                return TooMany(s, valid as JsonArray);
            case "uniqueItems":
                return Duplicates(s, valid as JsonArray);
            case "items":
                var tail = (valid as JsonArray)?.DeepClone() as JsonArray ?? [];
                tail.Add("conformance-extra-item");
                return new Made(tail);
            case "required":
                if (valid is not JsonObject withAll) return null;
                var without = (JsonObject)withAll.DeepClone();
                without.Remove(c.Detail!);
                return new Made(without);
            case "additionalProperties" or "unevaluatedProperties":
                if (valid is not JsonObject closed) return null;
                var extra = (JsonObject)closed.DeepClone();
                extra[Extra] = "extra";
                return new Made(extra);
            case "dependentRequired":
                return Dependent(s, c.Detail!, valid as JsonObject);
            case "minProperties":
                return FewerProperties(s, valid as JsonObject);
            case "maxProperties":
                if (valid is not JsonObject more) return null;
                var many = (JsonObject)more.DeepClone();
                for (var i = 0; many.Count <= s.MaxProperties; i++) many[$"conformance{i}"] = "extra";
                return new Made(many);
            case "oneOf" or "anyOf":
                return NoBranch(s, c, valid);
            default:
                return null;
        }
    }

    private static string? PatternAt(Shape s, Constraint c)
    {
        var node = s.Document.NodeAt(c.Origin);
        return node is JsonValue v && v.TryGetValue<string>(out var p) ? p : null;
    }

    private static JsonNode Num(decimal value) => value == Math.Floor(value) && Math.Abs(value) < long.MaxValue ? JsonValue.Create((long)value) : JsonValue.Create(value);

    /// <summary>A value of a JSON type the schema does not allow (the nearest kind first: a number for a string).</summary>
    public static Made? WrongType(Shape s)
    {
        JsonNode?[] candidates = [JsonValue.Create(12345), JsonValue.Create("conformance"), JsonValue.Create(true), new JsonObject(), new JsonArray(), null, JsonValue.Create(1.5)];
        foreach (var candidate in candidates)
        {
            var kind = candidate switch
            {
                null => "null",
                JsonObject => "object",
                JsonArray => "array",
                JsonValue v when v.TryGetValue<string>(out _) => "string",
                JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
                JsonValue v when v.TryGetValue<int>(out _) => "integer",
                _ => "number",
            };
            if (kind == "number" ? s.Types?.Contains("number") == false && s.Types.Contains("integer") : !s.Allows(kind)) return new Made(candidate);
        }

        return null;
    }

    private static JsonNode? Different(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(s + "-conformance"),
        JsonValue v when v.TryGetValue<bool>(out var b) => JsonValue.Create(!b),
        JsonValue v when ShapeReader.Number(v) is { } n => Num(n + 1),
        null => JsonValue.Create("conformance"),
        _ => JsonValue.Create("conformance-not-const"),
    };

    private static Made? NotIn(Shape s)
    {
        var values = s.Enum!;
        var numbers = values.Select(ShapeReader.Number).OfType<decimal>().ToList();
        var candidates = new List<JsonNode?>();
        if (values.Any(v => v is JsonValue x && x.TryGetValue<string>(out _)) || s.Allows("string")) candidates.Add(JsonValue.Create("conformance-not-allowed"));
        if (numbers.Count > 0) candidates.Add(Num(numbers.Max() + 1));
        if (values.Any(v => v is JsonValue x && x.TryGetValue<bool>(out _)))
        {
            candidates.Add(JsonValue.Create(false));
            candidates.Add(JsonValue.Create(true));
        }

        candidates.Add(JsonValue.Create("conformance-not-allowed"));
        foreach (var candidate in candidates)
        {
            if (!values.Any(v => JsonNode.DeepEquals(v, candidate))) return new Made(candidate);
        }

        return null;
    }

    private static Made? NotMultiple(Shape s, JsonNode? valid)
    {
        var step = s.MultipleOf!.Value;
        var start = ShapeReader.Number(valid) ?? 0;
        var integerOnly = s.Types is not null && !s.Types.Contains("number");
        var candidate = step == Math.Floor(step) ? (step == 1 ? (integerOnly ? (decimal?)null : start + 0.5m) : start + 1) : start + (step / 2);
        return candidate is { } c ? new Made(Num(c)) : null;
    }

    private static Made? TooMany(Shape s, JsonArray? valid)
    {
        var array = (JsonArray?)valid?.DeepClone() ?? [];
        var max = s.MaxItems!.Value;
        if (max > 1000) return null;
        var item = s.Items;
        for (var i = array.Count; array.Count <= max; i++)
        {
            array.Add(item is null ? JsonValue.Create($"conformance{i}") : SampleValues.For(item, 1, i));
        }

        return new Made(array);
    }

    private static Made? Duplicates(Shape s, JsonArray? valid)
    {
        if (s.MaxItems is < 2) return null;
        var first = valid is { Count: > 0 } ? valid[0] : s.Items is { } item ? SampleValues.For(item, 1) : JsonValue.Create("conformance");
        var array = new JsonArray(first?.DeepClone(), first?.DeepClone());
        while (array.Count < (s.MinItems ?? 0)) array.Add(first?.DeepClone());
        return new Made(array);
    }

    private static Made? Dependent(Shape s, string trigger, JsonObject? valid)
    {
        if (valid is null) return null;
        var copy = (JsonObject)valid.DeepClone();
        if (!copy.ContainsKey(trigger)) copy[trigger] = SampleValues.For(s.Property(trigger), 1);
        foreach (var need in s.DependentRequired[trigger]) copy.Remove(need);
        return new Made(copy);
    }

    private static Made? FewerProperties(Shape s, JsonObject? valid)
    {
        if (valid is null || s.MinProperties is not { } min || min == 0) return null;
        var copy = (JsonObject)valid.DeepClone();
        foreach (var name in copy.Select(p => p.Key).OrderBy(n => s.Required.Contains(n)).ToList())
        {
            if (copy.Count < min) break;
            copy.Remove(name);
        }

        return new Made(copy);
    }

    /// <summary>A value no branch accepts: an unknown discriminator, an empty object, then a value of another type.</summary>
    private static Made? NoBranch(Shape s, Constraint c, JsonNode? valid)
    {
        var choice = s.Choices.First(x => x.Origin == c.Origin);
        var candidates = new List<JsonNode?>();
        if (choice.DiscriminatorProperty is { } property && valid is JsonObject obj)
        {
            var copy = (JsonObject)obj.DeepClone();
            copy[property] = "conformance-unknown-kind";
            candidates.Add(copy);
        }

        if (valid is JsonObject) candidates.Add(new JsonObject());
        if (WrongType(s) is { } other) candidates.Add(other.Value);
        candidates.Add(JsonValue.Create("conformance-no-branch"));
        candidates.Add(new JsonObject { [Extra] = "extra" });
        foreach (var candidate in candidates)
        {
            if (!s.Accepts(candidate)) return new Made(candidate);
        }

        return null;
    }

    /// <summary>A string that breaks a format the validator checks; null for formats it only annotates.</summary>
    public static string? BadFormat(string? format) => format switch
    {
        "date-time" => "2026-13-45T99:99:99Z",
        "date" => "2026-13-45",
        "time" => "99:99:99",
        "duration" => "P-not-a-duration",
        "email" or "idn-email" => "not-an-email",
        "hostname" or "idn-hostname" => "-not a hostname-",
        "ipv4" => "999.999.999.999",
        "ipv6" => "not:an:ipv6::address::",
        "uri" or "iri" => "not a uri",
        "uri-reference" or "iri-reference" => "\\\\not a reference",
        "uuid" => "not-a-uuid",
        "json-pointer" => "not-a-pointer",
        "relative-json-pointer" => "not-relative",
        "regex" => "[unclosed",
        _ => null,
    };

    private static string Stimulus(Shape s, Constraint c, string where)
    {
        string N(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "?";
        return c.Kind switch
        {
            "required" => $"omits the required property {(where == "the value" ? c.Detail : $"{where}.{c.Detail}")}",
            "type" => $"sends {where} as a value of another type than {string.Join("/", s.Types ?? [])}",
            "const" => $"sends {where} other than its const value",
            "enum" => $"sends {where} outside its enum",
            "pattern" => $"sends {where} not matching its pattern",
            "minLength" => $"sends {where} shorter than minLength {s.MinLength}",
            "maxLength" => $"sends {where} longer than maxLength {s.MaxLength}",
            "format" => $"sends {where} not in format {s.Format}",
            "minimum" => $"sends {where} below minimum {N(s.Minimum)}",
            "maximum" => $"sends {where} above maximum {N(s.Maximum)}",
            "exclusiveMinimum" => $"sends {where} equal to exclusiveMinimum {N(s.ExclusiveMinimum)}",
            "exclusiveMaximum" => $"sends {where} equal to exclusiveMaximum {N(s.ExclusiveMaximum)}",
            "multipleOf" => $"sends {where} not a multiple of {N(s.MultipleOf)}",
            "minItems" => $"sends {where} with fewer than {s.MinItems} items",
            "maxItems" => $"sends {where} with more than {s.MaxItems} items",
            "uniqueItems" => $"sends {where} with duplicate items",
            "items" => $"sends {where} with an item the schema forbids",
            "additionalProperties" => where == "the value" ? "adds a property the schema forbids (additionalProperties: false)" : $"adds a property to {where} the schema forbids (additionalProperties: false)",
            "unevaluatedProperties" => $"adds a property to {where} the schema forbids (unevaluatedProperties: false)",
            "dependentRequired" => $"sends {where} with {c.Detail} but without the properties it requires",
            "minProperties" => $"sends {where} with fewer than {s.MinProperties} properties",
            "maxProperties" => $"sends {where} with more than {s.MaxProperties} properties",
            "oneOf" or "anyOf" => $"sends {where} that no {c.Kind} branch accepts",
            _ => $"breaks {c.Kind} of {where}",
        };
    }
}
