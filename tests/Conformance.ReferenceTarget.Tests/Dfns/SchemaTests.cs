using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>Schema-invalid bodies → 400 "request body is invalid" (seed 000's schema; D14), even with a matching user action.</summary>
[TestFixture]
internal sealed class SchemaTests
{
    private TestTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    private static IEnumerable<TestCaseData> InvalidBodies()
    {
        foreach (var (path, field) in new[] { (DfnsTestClient.ActivatePath, "credentialUuid"), (DfnsTestClient.UsersDeactivatePath, "userId") })
        {
            yield return Case(path, "{}", "application/json", "missing field");
            yield return Case(path, $"{{\"{field}\":\"\"}}", "application/json", "empty string");
            yield return Case(path, $"{{\"{field}\":42}}", "application/json", "wrong type");
            yield return Case(path, $"{{\"{field}\":null}}", "application/json", "null");
            yield return Case(path, $"{{\"{field}\":\"ID\",\"extra\":1}}", "application/json", "extra property");
            yield return Case(path, $"{{\"{field}\":\"ID\"", "application/json", "malformed JSON");
            yield return Case(path, "[\"ID\"]", "application/json", "array");
            yield return Case(path, $"{{\"{field}\":\"ID\"}}", "text/plain", "wrong content type");
            yield return Case(path, "", "application/json", "empty body");
        }

        static TestCaseData Case(string path, string body, string contentType, string name) =>
            new TestCaseData(path, body, contentType).SetArgDisplayNames(path, name);
    }

    [TestCaseSource(nameof(InvalidBodies))]
    public async Task Invalid_body_is_400(string path, string body, string contentType)
    {
        var id = path.Contains("users", StringComparison.Ordinal) ? _target.Profile.DfnsUser(false).Id : _target.Profile.DfnsCredential(true).Id;
        body = body.Replace("ID", id, StringComparison.Ordinal);
        var token = await _target.Dfns.UserActionAsync("PUT", path, body);
        var reply = await _target.Dfns.SendAsync(new DfnsCall("PUT", path, body) { ContentType = contentType, UserAction = token });
        DfnsNonceTests.AssertError(reply, 400, "request body is invalid");
    }
}
