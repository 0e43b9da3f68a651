namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>The senhasegura vault the target serves. Maps are fixed after start-up; state flips take <see cref="Sync"/>.</summary>
internal sealed class SenhaDirectory(IEnumerable<SenhaClient> clients, IEnumerable<SenhaItem> items)
{
    private readonly Dictionary<string, SenhaClient> _clients = clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
    private readonly Dictionary<int, SenhaItem> _items = items.ToDictionary(i => i.Id);

    public Lock Sync { get; } = new();

    public IEnumerable<SenhaClient> Clients => _clients.Values;

    public SenhaClient? Authenticate(string clientId, string clientSecret) =>
        _clients.TryGetValue(clientId, out var client)
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(client.ClientSecret), System.Text.Encoding.UTF8.GetBytes(clientSecret))
            ? client
            : null;

    public SenhaItem? Find(int id) => _items.GetValueOrDefault(id);

    public IEnumerable<SenhaItem> Credentials => _items.Values.Where(i => i.IsCredential).OrderBy(i => i.Id);
}
