using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Spec.Vocabulary;

/// <summary>
/// Reads the <c>x-</c> extensions of specs/README.md into typed records. A malformed extension
/// becomes a located problem and is left out; it never aborts the load.
/// </summary>
internal sealed class VocabularyReader(ProblemSink problems)
{
    public IReadOnlyList<Requirement> Requirements(JsonNode? node, string pointer)
    {
        if (node is null) return [];
        if (node is not JsonObject map)
        {
            problems.Add(pointer, "x-requirements must be a map from requirement key to requirement");
            return [];
        }

        var list = new List<Requirement>();
        foreach (var (key, value) in map)
        {
            var at = JsonPointer.Append(pointer, key);
            if (value is not JsonObject req)
            {
                problems.Add(at, "a requirement must be an object with level, source and quote");
                continue;
            }

            var level = Level(req["level"], at + "/level");
            var source = Text(req["source"]);
            var quote = Text(req["quote"]);
            if (level is null || string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(quote))
            {
                problems.Add(at, $"requirement '{key}' needs level (MUST|SHOULD|MAY), source and quote");
                continue;
            }

            EvidenceBasis basis;
            if (req["basis"] is { } declared)
            {
                if (EvidenceBases.Parse(Text(declared)) is not { } parsed)
                {
                    problems.Add(at + "/basis", $"basis must be documented, specified, standard, decision or convention, not '{Text(declared)}'");
                    continue;
                }

                basis = parsed;
            }
            else
            {
                basis = EvidenceBases.Infer(source);
            }

            var ceiling = EvidenceBases.Ceiling(basis);
            if (level.Value > ceiling)
            {
                // A decision or a convention never claims more than SHOULD, whatever the file says.
                problems.Add(at + "/level", $"requirement '{key}' rests on a {EvidenceBases.Word(basis)}, which is at most {ceiling.ToString().ToUpperInvariant()}; read as {ceiling.ToString().ToUpperInvariant()}");
                level = ceiling;
            }

            var expect = Expect(req["expect"], at + "/expect");
            if (expect is not null && expect.MessageLevel > ceiling)
            {
                // The message of a decided answer is decided too.
                problems.Add(at + "/expect/message-level", $"requirement '{key}' rests on a {EvidenceBases.Word(basis)}, so its message is at most {ceiling.ToString().ToUpperInvariant()}; read as {ceiling.ToString().ToUpperInvariant()}");
                expect = expect with { MessageLevel = ceiling };
            }

            if (expect is { PreferredStatus: not null, PreferredBasis: null } && expect.PreferredLevel > ceiling)
            {
                problems.Add(at + "/expect/preferred-level", $"requirement '{key}' rests on a {EvidenceBases.Word(basis)}, so its preferred status is at most {ceiling.ToString().ToUpperInvariant()}; read as {ceiling.ToString().ToUpperInvariant()}");
                expect = expect with { PreferredLevel = ceiling };
            }

            list.Add(new Requirement(key, level.Value, source, quote, expect)
            {
                Basis = basis,
                Seed = Text(req["seed"]),
            });
        }

        return list;
    }

    public Expectation? Expect(JsonNode? node, string pointer)
    {
        if (node is null) return null;
        if (node is not JsonObject e || Status(e["status"], pointer + "/status") is not { } status)
        {
            problems.Add(pointer, "expect needs a status: a code, a list of codes, or a class like 4xx");
            return null;
        }

        var messageLevel = e["message-level"] is { } ml ? Level(ml, pointer + "/message-level") ?? RequirementLevel.Should : RequirementLevel.Should;
        var preferred = e["preferred-status"] is { } ps ? Status(ps, pointer + "/preferred-status") : null;
        var preferredLevel = e["preferred-level"] is { } pl ? Level(pl, pointer + "/preferred-level") ?? RequirementLevel.Should : RequirementLevel.Should;
        EvidenceBasis? preferredBasis = null;
        if (e["preferred-basis"] is { } pb)
        {
            preferredBasis = EvidenceBases.Parse(Text(pb));
            if (preferredBasis is null) problems.Add(pointer + "/preferred-basis", $"preferred-basis must be documented, specified, standard, decision or convention, not '{Text(pb)}'");
        }

        if (preferredBasis is { } basis && preferredLevel > EvidenceBases.Ceiling(basis))
        {
            problems.Add(pointer + "/preferred-level", $"a preference resting on a {EvidenceBases.Word(basis)} is at most SHOULD; read as SHOULD");
            preferredLevel = EvidenceBases.Ceiling(basis);
        }

        return new Expectation(status, Text(e["message"]), Text(e["message-prefix"]), messageLevel)
        {
            PreferredStatus = preferred,
            PreferredLevel = preferredLevel,
            PreferredSource = Text(e["preferred-source"]),
            PreferredQuote = Text(e["preferred-quote"]),
            PreferredBasis = preferredBasis,
        };
    }

    public OperationSemantics Semantics(JsonNode? node, string pointer)
    {
        if (node is null) return OperationSemantics.None;
        if (node is not JsonObject x)
        {
            problems.Add(pointer, "x-conformance must be an object");
            return OperationSemantics.None;
        }

        ResourceBinding? resource = null;
        if (x["resource"] is JsonObject r)
        {
            var id = r["id"] as JsonObject;
            if (Text(r["kind"]) is { } kind && Text(id?["in"]) is { } @in && Text(id?["name"]) is { } name && @in is "body" or "path")
            {
                resource = new ResourceBinding(kind, @in, name);
            }
            else
            {
                problems.Add(pointer + "/resource", "resource needs kind and id: { in: body|path, name }");
            }
        }

        RepeatRule? repeat = null;
        if (x["repeat"] is JsonObject rep && Expect(rep["expect"], pointer + "/repeat/expect") is { } repeatExpect)
        {
            repeat = new RepeatRule(repeatExpect, Text(rep["state"]) is null or "unchanged");
        }

        var fixtureCases = new List<FixtureCase>();
        foreach (var (item, at) in Items(x["fixture-cases"], pointer + "/fixture-cases"))
        {
            if (Text(item["key"]) is { } key && Text(item["fixture"]) is { } fixture && Expect(item["expect"], at + "/expect") is { } ex)
            {
                fixtureCases.Add(new FixtureCase(key, fixture, ex));
            }
            else
            {
                problems.Add(at, "a fixture case needs key, fixture and expect");
            }
        }

        var permissions = new List<PermissionCase>();
        foreach (var (item, at) in Items(x["permissions"], pointer + "/permissions"))
        {
            if (Text(item["identity"]) is { } identity && Expect(item["expect"], at + "/expect") is { } ex)
            {
                permissions.Add(new PermissionCase(identity, Text(item["key"]) ?? "permission/denied", ex));
            }
            else
            {
                problems.Add(at, "a permission case needs identity and expect");
            }
        }

        var unknownId = x["unknown-id"] is JsonObject u ? Expect(u["expect"], pointer + "/unknown-id/expect") : null;
        var effect = (x["effect"] as JsonObject)?["state"];
        return new OperationSemantics(resource, Text(effect), Text(x["probe"]), Text(x["inverse"]), repeat, unknownId, fixtureCases, permissions)
        {
            Outcomes = StateOutcomes(x["outcomes"], pointer + "/outcomes"),
        };
    }

    /// <summary><c>outcomes: [{ status, message | message-prefix, field, state, was, basis }]</c>.</summary>
    private List<StateOutcome> StateOutcomes(JsonNode? node, string pointer)
    {
        var list = new List<StateOutcome>();
        if (node is null) return list;
        if (node is not JsonArray)
        {
            problems.Add(pointer, "outcomes must be a list of { status, state } (optionally message or message-prefix, was, basis)");
            return list;
        }

        foreach (var (item, at) in Items(node, pointer))
        {
            if (Int(item["status"]) is not { } status || status is < 100 or > 599 || Text(item["state"]) is not { } state)
            {
                problems.Add(at, "an outcome needs status (one code) and state");
                continue;
            }

            if (Basis(item["basis"], at + "/basis", EvidenceBasis.Decision) is not { } basis) continue;
            list.Add(new StateOutcome(status, Text(item["message"]), Text(item["message-prefix"]), Text(item["field"]), state, Text(item["was"]), basis));
        }

        return list;
    }

    /// <summary>A declared basis, or <paramref name="fallback"/>; null (and a problem) when the word is unknown.</summary>
    private EvidenceBasis? Basis(JsonNode? node, string pointer, EvidenceBasis fallback)
    {
        if (node is null) return fallback;
        if (EvidenceBases.Parse(Text(node)) is { } parsed) return parsed;
        problems.Add(pointer, $"basis must be documented, specified, standard, decision or convention, not '{Text(node)}'");
        return null;
    }

    public ProbeDefinition? Probe(JsonNode? node, string pointer)
    {
        if (node is null) return null;
        if (node is not JsonObject p || Text(p["kind"]) is not { } kind || p["states"] is not JsonObject states)
        {
            problems.Add(pointer, "x-conformance-probe needs kind and states");
            return null;
        }

        var idParameter = (p["id"] as JsonObject)?["name"];
        if (idParameter is null && (p["items"] is null || p["key"] is null))
        {
            problems.Add(pointer, "x-conformance-probe needs id: { in: path, name } or items and key");
            return null;
        }

        var list = states.Select(s => s.Value is JsonObject st
                ? new ProbeState(s.Key, Int(st["status"]), Text(st["field"]), st["equals"]?.DeepClone())
                : null)
            .OfType<ProbeState>()
            .ToList();
        if (Basis(p["basis"], pointer + "/basis", EvidenceBasis.Decision) is not { } basis) return null;
        if (p["order"] is { } order && Int(order) is null)
        {
            problems.Add(pointer + "/order", "order must be a whole number (lower is asked first)");
            return null;
        }

        return new ProbeDefinition(kind, Text(idParameter), Text(p["items"]), Text(p["key"]), list) { Basis = basis, Order = Int(p["order"]) };
    }

    public AuthBinding Auth(JsonObject scheme, string pointer)
    {
        var type = Text(scheme["type"]);
        if (scheme["x-conformance-auth"] is not JsonObject x)
        {
            // No vocabulary: derive the provider from the OpenAPI type.
            // HTTP auth schemes are case-insensitive (RFC 9110 §11.1). An OAuth 2.0 or OpenID Connect
            // flow the suite cannot run itself takes an access token from the profile instead.
            return type switch
            {
                "http" when Text(scheme["scheme"])?.ToLowerInvariant() == "bearer" => new AuthBinding(AuthKind.Bearer, "token", []),
                "http" when Text(scheme["scheme"])?.ToLowerInvariant() == "basic" => new AuthBinding(AuthKind.Basic, null, []),
                "apiKey" => new AuthBinding(AuthKind.StaticHeader, null, []),
                "oauth2" when scheme["flows"]?["clientCredentials"] is not null => new AuthBinding(AuthKind.OAuth2ClientCredentials, null, ["body", "basic"]),
                "oauth2" or "openIdConnect" => new AuthBinding(AuthKind.Bearer, "token", []),
                _ => new AuthBinding(AuthKind.Unsupported, null, []),
            };
        }

        var kind = Text(x["kind"]) switch
        {
            "bearer" => AuthKind.Bearer,
            "static-header" => AuthKind.StaticHeader,
            "nonce" => AuthKind.Nonce,
            "user-action" => AuthKind.UserAction,
            "oauth2-client-credentials" => AuthKind.OAuth2ClientCredentials,
            "basic" => AuthKind.Basic,
            var other => Unsupported(pointer + "/x-conformance-auth/kind", other),
        };
        var field = Text(x["secret"]) ?? Text(x["value"]) ?? (kind == AuthKind.Bearer ? "token" : null);
        return new AuthBinding(kind, field, Strings(x["client-auth"]) is { Count: > 0 } ca ? ca : ["body", "basic"]);
    }

    public NonceRules? Nonce(JsonNode? node, string pointer)
    {
        if (node is null) return null;
        if (node is not JsonObject n)
        {
            problems.Add(pointer, "x-nonce must be an object");
            return null;
        }

        var send = n["send"] as JsonObject;
        var accept = n["accept"] as JsonObject;
        var random = Text(send?["random"]) ?? "uuid";
        var time = Text(send?["time"]) ?? "date";
        return new NonceRules(
            Text(n["encoding"]) ?? "base64url-json",
            random,
            time,
            Strings(accept?["random"]) is { Count: > 0 } ar ? ar : [random],
            Strings(accept?["time"]) is { Count: > 0 } at ? at : [time],
            Int(n["window-seconds"]) ?? 300,
            Int(n["stale-seconds"]) ?? 86400);
    }

    public UserActionRules? UserAction(JsonNode? node, string pointer)
    {
        if (node is null) return null;
        if (node is not JsonObject u || Text(u["init"]) is not { } init || Text(u["complete"]) is not { } complete)
        {
            problems.Add(pointer, "x-user-action needs init and complete operationIds");
            return null;
        }

        var binds = Strings(u["binds"]);
        return new UserActionRules(init, complete, binds.Count > 0 ? binds : ["method", "path", "payload"], u["one-time"]?.GetValue<bool>() ?? true);
    }

    public EnvelopeRules? Envelope(JsonNode? node, string pointer)
    {
        if (node is null) return null;
        if (node is not JsonObject e || e["invariants"] is not JsonArray invariants)
        {
            problems.Add(pointer, "x-envelope needs invariants: a list of { equal: [paths…] }");
            return null;
        }

        var list = new List<EnvelopeInvariant>();
        for (var i = 0; i < invariants.Count; i++)
        {
            var members = Strings((invariants[i] as JsonObject)?["equal"]);
            if (members.Count < 2)
            {
                problems.Add($"{pointer}/invariants/{i}", "an invariant needs equal: [at least two paths]");
                continue;
            }

            list.Add(new EnvelopeInvariant(members));
        }

        return new EnvelopeRules(Text(e["applies-to"]) ?? "response", list);
    }

    private AuthKind Unsupported(string pointer, string? kind)
    {
        problems.Add(pointer, $"unknown x-conformance-auth kind '{kind}' (known: bearer, static-header, nonce, user-action, oauth2-client-credentials, basic)");
        return AuthKind.Unsupported;
    }

    private RequirementLevel? Level(JsonNode? node, string pointer)
    {
        switch (Text(node)?.ToUpperInvariant())
        {
            case "MUST": return RequirementLevel.Must;
            case "SHOULD": return RequirementLevel.Should;
            case "MAY": return RequirementLevel.May;
            case null: return null;
            default:
                problems.Add(pointer, $"level must be MUST, SHOULD or MAY, not '{Text(node)}'");
                return null;
        }
    }

    private StatusMatcher? Status(JsonNode? node, string pointer)
    {
        var codes = new List<int>();
        var classes = new List<int>();
        foreach (var item in node is JsonArray a ? a.ToList() : [node])
        {
            if (Int(item) is { } code and >= 100 and <= 599)
            {
                codes.Add(code);
            }
            else if (Text(item) is { Length: 3 } s && char.IsDigit(s[0]) && s[1..].Equals("xx", StringComparison.OrdinalIgnoreCase))
            {
                classes.Add(s[0] - '0');
            }
            else if (item is not null)
            {
                problems.Add(pointer, $"'{item.ToJsonString()}' is not a status code or class");
            }
        }

        return codes.Count + classes.Count == 0 ? null : new StatusMatcher(codes, classes);
    }

    private static IEnumerable<(JsonObject Item, string Pointer)> Items(JsonNode? node, string pointer) =>
        (node as JsonArray ?? []).Select((n, i) => (n as JsonObject ?? [], $"{pointer}/{i}"));

    internal static string? Text(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
            _ => null,
        }
        : null;

    internal static int? Int(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var l) ? (int)l
        : int.TryParse(Text(node), out var i) ? i : null;

    internal static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray a ? a.Select(Text).OfType<string>().ToList() : Text(node) is { } s ? [s] : [];
}
