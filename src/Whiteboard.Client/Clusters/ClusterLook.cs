using Whiteboard.Client.Voting;

namespace Whiteboard.Client.Clusters;

/// <summary>How a cluster appears to this viewer: whether they may arrange it (rename, dissolve, move: C5, ST5), and its dots.</summary>
public sealed record ClusterLook(bool MayArrange, VoteLook? Votes);
