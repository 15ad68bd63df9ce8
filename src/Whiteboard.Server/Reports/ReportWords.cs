using System.Globalization;
using Microsoft.Extensions.Localization;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Reports;
using Whiteboard.Core.Workshops;
using Whiteboard.Core.Zones;

namespace Whiteboard.Server.Reports;

/// <summary>The reports' words in one language: the workshop's, so a report reads as the class ran.</summary>
public sealed class ReportWords(IStringLocalizer<ReportText> localizer, BoardLanguage language)
{
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language.CultureName());

    /// <summary>The workshop's language, for texts that carry both (a flow's titles and guides).</summary>
    public BoardLanguage Language { get; } = language;

    public string this[string key, params object[] args]
    {
        get
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = Culture; // the localizer reads the current UI culture
            try { return args.Length == 0 ? localizer[key] : string.Format(Culture, localizer[key], args); }
            finally { CultureInfo.CurrentUICulture = previous; }
        }
    }

    /// <summary>A remark after a text, in the language's brackets: "李明（远程）", "Li (remote)".</summary>
    public string Aside(string text, string remark) => this["Aside", text, remark];

    /// <summary>Names in a row: "、" in Chinese, ", " in English.</summary>
    public string List(IEnumerable<string> items) => string.Join(this["ListSeparator"], items);

    /// <summary>Parts of one line: "，" in Chinese, ", " in English.</summary>
    public string Clauses(params string[] parts) => string.Join(this["ClauseSeparator"], parts);

    public string Votes(int count) => this[count == 1 ? "VoteCountOne" : "VotesCount", count];

    public string Status(ActionStatus status) => this[$"Status{status}"];

    /// <summary>How a participant took part: facilitator, in the room or remote.</summary>
    public string Role(ReportParticipant p) =>
        p.Role == ParticipantRole.Facilitator ? this["FacilitatorRole"] : p.Location == ParticipantLocation.InRoom ? this["InRoom"] : this["Remote"];

    /// <summary>A cluster's title, or "untitled".</summary>
    public string ClusterTitle(string title) => title.Length == 0 ? this["Untitled"] : title;

    public string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? this["NotYet"];

    /// <summary>Rule W6: the day against which items are overdue is the class's.</summary>
    public static DateOnly Today(DateTimeOffset now) => ClassTime.Today(now);

    /// <summary>Rule W6: times in reports are the class's, as on every screen.</summary>
    public string Time(DateTimeOffset? at) => at is { } t ? ClassTime.Of(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : this["NotYet"];

    /// <summary>The heading of a tool canvas's notes by zone: by column, by bone (causes), by quadrant.</summary>
    public string ByZone(StageReport stage) => this[stage.Layout switch
    {
        CanvasLayoutKind.Fishbone => "ByBone",
        CanvasLayoutKind.Matrix => "ByQuadrant",
        _ => "ByColumn",
    }, stage.Title];

    /// <summary>What a fishbone's head says, or a matrix's two axes; nothing for columns.</summary>
    public string? CanvasAxes(StageReport stage) => stage.Layout switch
    {
        CanvasLayoutKind.Fishbone when stage.Head is { } head => this["FishboneHead", head],
        CanvasLayoutKind.Matrix when stage is { UpAxis: { } up, AcrossAxis: { } across } => this["MatrixAxes", up, across],
        _ => null,
    };

    public string ZoneLabel(ZoneReport zone) => zone.IsOutside ? this["OutsideZones"] : zone.Label;

    public string Minutes(TimeSpan? duration) => duration is { } d ? this["Minutes", Math.Round(d.TotalMinutes)] : this["NotYet"];
}
