using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>What running one spec against one target needs: the spec, its part of the profile, and the senders.</summary>
internal sealed record VendorSession(
    ApiDocument Document,
    VendorProfile Profile,
    IHttpTransport Transport,
    IRequestAuthorizer Authorizer,
    FixturePool Fixtures,
    TimeProvider Time);
