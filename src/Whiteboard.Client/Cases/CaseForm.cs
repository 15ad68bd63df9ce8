using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Cases;

/// <summary>
/// A case being edited: the texts as typed, checked with the same rules the server saves by (rules K1–K2) before anything
/// is sent, and the edit to send. Topics are typed in one line, separated by commas or 、.
/// </summary>
public sealed class CaseForm
{
    public CaseForm(CaseView view)
    {
        View = view;
        var c = view.Case;
        Title = c.Title;
        Parts = c.Sections.All.ToDictionary(p => p.Section, p => p.Text);
        (Domain, Unit, Topics) = (c.Tags.Domain, c.Tags.Unit, string.Join("、", c.Tags.Topics));
    }

    public CaseView View { get; private set; }
    public string Title { get; set; }
    public Dictionary<CaseSection, string> Parts { get; }
    public string Domain { get; set; }
    public string Unit { get; set; }
    public string Topics { get; set; }

    /// <summary>The edit with the status given, cleaned, or why it cannot be saved.</summary>
    public (CaseEdit? Edit, RejectionCode? Refusal) Edit(CaseStatus status) => CaseRules.Check(new CaseEdit(Title,
        new CaseSections(Parts[CaseSection.Background], Parts[CaseSection.Problem], Parts[CaseSection.Causes], Parts[CaseSection.Options],
            Parts[CaseSection.ActionPlan], Parts[CaseSection.Reflections], Parts[CaseSection.Lessons]),
        new CaseTags(Domain, Unit, [.. Topics.Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]),
        status));

    /// <summary>What the server kept: shown from now on (its cleaning included).</summary>
    public void Saved(CaseView view) => View = view;
}
