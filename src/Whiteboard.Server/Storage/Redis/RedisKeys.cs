namespace Whiteboard.Server.Storage.Redis;

/// <summary>
/// Every key the Redis store uses, under one prefix (so several deployments, or tests, can share a server). A board's keys
/// share a hash tag, so they would stay in one slot of a Redis Cluster.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    public string Code(string code) => $"{prefix}code:{code}";
    public string Workshop(Guid id) => $"{prefix}workshop:{id:N}";
    public string Events(Guid board) => $"{prefix}{{board:{board:N}}}:events";
    public string Head(Guid board) => $"{prefix}{{board:{board:N}}}:head";
    public string Operations(Guid board) => $"{prefix}{{board:{board:N}}}:ops";
    public string Snapshot(Guid board) => $"{prefix}{{board:{board:N}}}:snapshot";
    public string Secret(string name) => $"{prefix}secret:{name}";
    public string Presence(Guid board) => $"{prefix}{{board:{board:N}}}:presence";
    public string Channel => $"{prefix}signalr:";
    /// <summary>Where a node says it deleted a workshop, so that the others drop its boards from memory.</summary>
    public string Deleted => $"{prefix}deleted";
    public string AnyWorkshop => $"{prefix}workshop:*";
    public string Facilitator(Guid id) => $"{prefix}facilitator:{id:N}";
    /// <summary>From a facilitator link's hash to the facilitator's id (rule O2).</summary>
    public string FacilitatorLink(string hash) => $"{prefix}facilitator-link:{hash}";
    /// <summary>The ids of every facilitator, so that listing them needs no scan of the keys.</summary>
    public string Facilitators => $"{prefix}facilitators";
    public string Case(Guid id) => $"{prefix}case:{id:N}";
    /// <summary>Every case's id: the candidates of a search that no word narrows.</summary>
    public string Cases => $"{prefix}cases";
    /// <summary>The ids of the cases whose folded text holds these two characters (rule K4).</summary>
    public string CaseGram(string gram) => $"{prefix}case-gram:{gram}";
    /// <summary>A workshop's cases, deleted with it.</summary>
    public string WorkshopCases(Guid workshopId) => $"{prefix}workshop-cases:{workshopId:N}";
}
