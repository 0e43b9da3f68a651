namespace Conformance.ReferenceTarget.Hosting;

/// <summary>
/// Maps every method a path does not document to an explicit handler, so an undocumented method
/// answers 405 with the vendor's body (DECISIONS D16, S12) rather than the framework's empty 405.
/// </summary>
internal static class UndocumentedMethods
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

    public static void Map(IEndpointRouteBuilder routes, string pattern, string[] documented, Delegate handler)
    {
        var others = Methods.Except(documented, StringComparer.Ordinal).ToArray();
        routes.MapMethods(pattern, others, handler);
    }
}
