using System.Threading.Channels;

namespace LifetimeAssert.Server.Scenarios.Orders;

/// <summary>The channel between whoever submits orders and the processor that reads them.</summary>
public sealed class OrderQueue
{
    private readonly Channel<Order> _channel = Channel.CreateUnbounded<Order>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Order> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="order"/> and waits until the processor acknowledges it.</summary>
    /// <returns>The id of the order the processor's job was for.</returns>
    public async Task<int> SubmitAsync(Order order, CancellationToken cancellationToken)
    {
        await _channel.Writer.WriteAsync(order, cancellationToken);
        return await order.Processed.Task.WaitAsync(cancellationToken);
    }
}
