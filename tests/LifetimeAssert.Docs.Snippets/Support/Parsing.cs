namespace LifetimeAssert.Docs.Snippets;

public sealed class Parser
{
    public int Fields { get; private set; }

    public void Parse(string line) => Fields = line.Split(',').Length;
}

public sealed class MessageClient
{
    public Task SendAsync(string message) => Task.FromResult(message.Length);
}
