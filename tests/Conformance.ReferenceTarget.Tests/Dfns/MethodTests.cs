using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>Undocumented methods on documented paths → 405 with the error shape, never 5xx (D16).</summary>
[TestFixture]
internal sealed class MethodTests
{
    private TestTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    [TestCase("GET", DfnsTestClient.ActivatePath)]
    [TestCase("DELETE", DfnsTestClient.ActivatePath)]
    [TestCase("POST", DfnsTestClient.DeactivatePath)]
    [TestCase("PATCH", DfnsTestClient.UsersActivatePath)]
    [TestCase("GET", DfnsTestClient.UsersDeactivatePath)]
    [TestCase("DELETE", "/auth/credentials")]
    [TestCase("GET", "/auth/action/init")]
    [TestCase("PUT", "/auth/action")]
    [TestCase("DELETE", "/auth/users/us-00000-00000-0000000000000000")]
    public async Task Undocumented_method_is_405(string method, string path)
    {
        var reply = await _target.Dfns.SendAsync(new DfnsCall(method, path));
        DfnsNonceTests.AssertError(reply, 405, "Method Not Allowed");
    }

    [Test]
    public async Task An_unknown_auth_path_is_404()
    {
        var reply = await _target.Dfns.SendAsync(new DfnsCall("GET", "/auth/nothing/here"));
        Assert.That(reply.Code, Is.EqualTo(404), reply.ToString());
    }
}
