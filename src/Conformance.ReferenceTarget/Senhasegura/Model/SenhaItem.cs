namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>
/// A PAM item: a credential, or (for the 1010 case) an item that is not one. v1 exposes no active
/// flag (S9); <see cref="IsActive"/> is guarded by the directory lock.
/// </summary>
internal sealed class SenhaItem
{
    public required int Id { get; init; }
    public required bool IsCredential { get; init; }
    public required string Identifier { get; init; }
    public required string Username { get; init; }
    public required string Hostname { get; init; }
    public required string Ip { get; init; }
    public required string Password { get; init; }
    public bool IsActive { get; set; }
}
