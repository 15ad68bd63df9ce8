using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Server.Workshops;

namespace Whiteboard.Server.Office;

/// <summary>Rule O4: the office's backup of everything — facilitators (never their links), every workshop's boards, every case.</summary>
public sealed record ProgrammeBackup(DateTimeOffset ExportedAt, IReadOnlyList<FacilitatorSummary> Facilitators,
    IReadOnlyList<WorkshopExport> Workshops, IReadOnlyList<Case> Cases);
