using System.Runtime.InteropServices;

namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>Bodies that leak resources whose owner is not a field of the user's code: threads, timers and GC handles.</summary>
internal static class OwnerScenarios
{
    /// <summary>A feed that polls on a thread of its own until it is stopped.</summary>
    public sealed class QuoteFeed
    {
        private static readonly ManualResetEventSlim StopAll = new();
        private static readonly List<Thread> Started = [];

        public static void StartOne()
        {
            var feed = new QuoteFeed();
            var thread = new Thread(feed.Poll) { Name = "Quote feed poller", IsBackground = true };
            lock (Started)
            {
                Started.Add(thread);
            }

            thread.Start();
        }

        /// <summary>The clean twin: the thread ends before the run does.</summary>
        public static void RunOnce()
        {
            var thread = new Thread(new QuoteFeed().PollOnce) { Name = "Quote feed poller", IsBackground = true };
            thread.Start();
            thread.Join();
        }

        public static void StopEverything()
        {
            StopAll.Set();
            lock (Started)
            {
                foreach (var thread in Started)
                {
                    thread.Join();
                }

                Started.Clear();
            }

            StopAll.Reset();
        }

        private void Poll() => StopAll.Wait();

        private void PollOnce() => GC.KeepAlive(this);
    }

    /// <summary>
    /// Refreshes prices every 5 minutes. Nothing of the user's keeps a refresher: its timer's callback does, and the
    /// runtime's queue keeps an active timer, so an undisposed refresher lives on.
    /// </summary>
    public sealed class PriceRefresher : IDisposable
    {
        // Weak, so that only the timer keeps a refresher; the test disposes those still alive when it ends.
        private static readonly List<WeakReference<PriceRefresher>> Undisposed = [];

        private readonly Timer _timer;
        private int _refreshes;

        private PriceRefresher() => _timer = new Timer(_ => _refreshes++, null, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

        public static void StartAndForget()
        {
            var refresher = new PriceRefresher();
            lock (Undisposed)
            {
                Undisposed.Add(new WeakReference<PriceRefresher>(refresher));
            }
        }

        public static void StartAndDispose()
        {
            using var refresher = new PriceRefresher();
        }

        public static void DisposeForgotten()
        {
            lock (Undisposed)
            {
                foreach (var weak in Undisposed)
                {
                    if (weak.TryGetTarget(out var refresher))
                    {
                        refresher.Dispose();
                    }
                }

                Undisposed.Clear();
            }
        }

        public void Dispose() => _timer.Dispose();
    }

    /// <summary>A session handed to native code through a GC handle.</summary>
    public sealed class NativeSession
    {
        private static readonly List<GCHandle> Handles = [];

        public byte[] Buffer { get; } = new byte[32];

        public static void HandOutAndForget()
        {
            lock (Handles)
            {
                Handles.Add(GCHandle.Alloc(new NativeSession()));
            }
        }

        public static void HandOutAndFree() => GCHandle.Alloc(new NativeSession()).Free();

        public static void FreeForgotten() => FreeAll(Handles);

        internal static void FreeAll(List<GCHandle> handles)
        {
            lock (handles)
            {
                foreach (var handle in handles)
                {
                    handle.Free();
                }

                handles.Clear();
            }
        }
    }

    /// <summary>A frame pinned for a native call; its pinned handle is never freed.</summary>
    public sealed class PinnedFrame
    {
        private static readonly List<GCHandle> Handles = [];

        public long Header { get; set; }

        public long Length { get; set; }

        public static void PinAndForget()
        {
            lock (Handles)
            {
                Handles.Add(GCHandle.Alloc(new PinnedFrame(), GCHandleType.Pinned));
            }
        }

        public static void PinAndFree() => GCHandle.Alloc(new PinnedFrame(), GCHandleType.Pinned).Free();

        public static void FreeForgotten() => NativeSession.FreeAll(Handles);
    }
}
