using System.Text;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Reports;

/// <summary>
/// One stage of a board drawn as SVG, as the group arranged it: notes where they were put, clusters as frames around
/// their notes with their titles. Drawn from what the room could see; every text is escaped.
/// </summary>
public static class BoardPicture
{
    private const double NoteWidth = Zones.NoteSize.Width, NoteHeight = Zones.NoteSize.Height, Pad = 40, FramePad = 14;

    public static string Svg(BoardState board, string stageId)
    {
        var seen = Visibility.Snapshot(board, Viewer.AnyParticipant);
        var notes = seen.NotesOf(stageId).ToList();
        if (notes.Count == 0) return """<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80" viewBox="0 0 320 80"></svg>""";
        var (minX, minY) = (notes.Min(n => n.X) - Pad - FramePad, notes.Min(n => n.Y) - Pad - FramePad - 24);
        var (maxX, maxY) = (notes.Max(n => n.X) + NoteWidth + Pad + FramePad, notes.Max(n => n.Y) + NoteHeight + Pad + FramePad);
        var svg = new StringBuilder();
        svg.Append($"""<svg xmlns="http://www.w3.org/2000/svg" width="{SvgText.N(maxX - minX)}" height="{SvgText.N(maxY - minY)}" viewBox="{SvgText.N(minX)} {SvgText.N(minY)} {SvgText.N(maxX - minX)} {SvgText.N(maxY - minY)}" font-family="system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif">""");
        svg.Append($"""<rect x="{SvgText.N(minX)}" y="{SvgText.N(minY)}" width="100%" height="100%" fill="#fafaf7"/>""");
        foreach (var cluster in seen.Clusters.Values.Where(c => c.StageId == stageId))
        {
            var members = seen.MembersOf(cluster.Id).ToList();
            if (members.Count == 0) continue;
            var (x, y) = (members.Min(n => n.X) - FramePad, members.Min(n => n.Y) - FramePad);
            var (w, h) = (members.Max(n => n.X) + NoteWidth + FramePad - x, members.Max(n => n.Y) + NoteHeight + FramePad - y);
            svg.Append($"""<rect x="{SvgText.N(x)}" y="{SvgText.N(y)}" width="{SvgText.N(w)}" height="{SvgText.N(h)}" rx="10" fill="#eef3fb" stroke="#7a9cc6" stroke-dasharray="6 4"/>""");
            svg.Append($"""<text x="{SvgText.N(x + 6)}" y="{SvgText.N(y - 8)}" font-size="15" font-weight="600" fill="#24456e">{SvgText.Escape(cluster.Title)}</text>""");
        }
        foreach (var note in notes)
        {
            svg.Append($"""<rect x="{SvgText.N(note.X)}" y="{SvgText.N(note.Y)}" width="{NoteWidth}" height="{NoteHeight}" rx="4" fill="{Fill(note.Color)}" stroke="#00000022"/>""");
            var lines = SvgText.Wrap(note.Text, 18, 5);
            for (var i = 0; i < lines.Count; i++)
                svg.Append($"""<text x="{SvgText.N(note.X + 10)}" y="{SvgText.N(note.Y + 24 + i * 19)}" font-size="14" fill="#222">{SvgText.Escape(lines[i])}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Fill(NoteColor color) => color switch
    {
        NoteColor.Yellow => "#fff3a3",
        NoteColor.Pink => "#ffd3e0",
        NoteColor.Blue => "#cfe3ff",
        NoteColor.Green => "#d4f5d0",
        NoteColor.Orange => "#ffdcb5",
        NoteColor.Purple => "#e6d6ff",
        _ => "#ffffff",
    };
}
