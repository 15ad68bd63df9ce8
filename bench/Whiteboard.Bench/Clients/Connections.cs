namespace Whiteboard.Bench.Clients;

/// <summary>Opening many clients at once.</summary>
public static class Connections
{
    /// <summary>Opens <paramref name="count"/> clients a few at a time, in index order in the result.</summary>
    public static async Task<IReadOnlyList<T>> OpenAsync<T>(int count, Func<int, Task<T>> open)
    {
        var clients = new T[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => clients[i] = await open(i));
        return clients;
    }
}
