namespace Whiteboard.Server.Security;

/// <summary>
/// Join codes found from an address lately (rule S4). A code its class already uses is not a guess: lookups of it go on even
/// while the address's guessing budget is spent, so one student typing random codes cannot lock the classroom out. In
/// this process (embedded mode) or in Redis (every node sees the same).
/// </summary>
public interface IKnownCodes
{
    Task<bool> IsKnownAsync(string address, string code);

    Task RememberAsync(string address, string code);
}
