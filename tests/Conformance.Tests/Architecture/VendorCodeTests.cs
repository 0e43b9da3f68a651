using Conformance.Execution;
using Conformance.Http;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Assembly = System.Reflection.Assembly;

namespace Conformance.Tests.Architecture;

/// <summary>
/// "Vendor rules live in the spec, not in C#; the only vendor-shaped code is an authentication
/// scheme's provider (Auth/)." Read as: outside Auth, no compiled name or string of the engine or
/// the diff names a vendor (type, namespace, member, parameter, string literal, constant,
/// attribute argument), except the few places listed here with their reason. Comments are not
/// code and are not read: the compiled assemblies are.
/// </summary>
[TestFixture]
public sealed class VendorCodeTests
{
    private const string Rule = "Only Auth holds vendor-shaped code";

    /// <summary>"senha" also covers "senhasegura".</summary>
    private static readonly string[] VendorWords = ["dfns", "senha"];

    /// <summary>Outside Auth, the types that may name a vendor, and why. Keep it small.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        [typeof(RedactionRules).FullName!] =
            "the redactor is the last defence for secrets: the Dfns credential headers are redacted by name even when no spec or profile names them",
        [typeof(RepositoryPaths).FullName!] =
            "the default spec list names the two spec files shipped in specs/; they are read as data and nothing branches on them",
    };

    [Test]
    public void OnlyAuth_NamesAVendor()
    {
        var found = Mentions(EngineModel.Engine).Concat(Mentions(EngineModel.DiffTool))
            .Where(m => !StageTable.Auth.Holds(m.Owner.Namespace) && !Allowed.ContainsKey(m.Owner.FullName))
            .Select(m => $"{m.Owner.FullName}: {m.Where}").Distinct().ToList();

        Assert.That(found, Is.Empty,
            $"Architecture rule \"{Rule}\" (ARCHITECTURE.md): vendor rules live in the spec's x- vocabulary; outside Auth a type names a vendor:\n  "
            + string.Join("\n  ", found));
    }

    [Test]
    public void EveryAllowedType_StillNamesAVendor()
    {
        var owners = Mentions(EngineModel.Engine).Select(m => m.Owner.FullName).ToHashSet(StringComparer.Ordinal);
        var stale = Allowed.Keys.Where(k => !owners.Contains(k)).ToList();
        Assert.That(stale, Is.Empty, $"Architecture rule \"{Rule}\": these allow-list entries name no vendor any more; remove them: {string.Join(", ", stale)}");
    }

    /// <summary>The reader is not blind: the reference target, vendor-shaped by design, is full of vendor names.</summary>
    [Test]
    public void Reader_FindsVendorNamesWhereTheyAre()
    {
        var mentions = Mentions(typeof(ReferenceTarget.ReferenceTargetHost).Assembly).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(mentions.Any(m => m.Where.StartsWith("namespace", StringComparison.Ordinal)), Is.True, "no namespace found");
            Assert.That(mentions.Any(m => m.Where.StartsWith("string", StringComparison.Ordinal)), Is.True, "no string literal found");
        });
    }

    private sealed record Mention(TypeDefinition Owner, string Where);

    private static IEnumerable<Mention> Mentions(Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        foreach (var type in module.GetTypes())
        {
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            if (!owner.Namespace.StartsWith("Conformance", StringComparison.Ordinal)) continue;
            foreach (var where in In(type)) yield return new Mention(owner, where);
        }
    }

    private static IEnumerable<string> In(TypeDefinition type)
    {
        if (Names(type.Namespace)) yield return $"namespace {type.Namespace}";
        if (Names(type.Name)) yield return $"type {type.Name}";
        foreach (var text in Attributes(type)) yield return text;

        foreach (var field in type.Fields)
        {
            if (Names(field.Name)) yield return $"field {field.Name}";
            if (field.Constant is string constant && Names(constant)) yield return $"string \"{constant}\" (constant {field.Name})";
            foreach (var text in Attributes(field)) yield return text;
        }

        foreach (var property in type.Properties)
        {
            if (Names(property.Name)) yield return $"property {property.Name}";
            foreach (var text in Attributes(property)) yield return text;
        }

        foreach (var method in type.Methods)
        {
            if (Names(method.Name)) yield return $"method {method.Name}";
            foreach (var parameter in method.Parameters.Where(p => Names(p.Name))) yield return $"parameter {parameter.Name} of {method.Name}";
            foreach (var text in Attributes(method)) yield return text;
            if (!method.HasBody) continue;
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode == OpCodes.Ldstr && instruction.Operand is string literal && Names(literal))
                    yield return $"string \"{literal}\" (in {method.Name})";
            }
        }
    }

    private static IEnumerable<string> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(a => a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)))
            .Select(arg => arg.Value).OfType<string>().Where(Names).Select(s => $"string \"{s}\" (attribute argument)");

    private static bool Names(string? text) =>
        text is not null && VendorWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
