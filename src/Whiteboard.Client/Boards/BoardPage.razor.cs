using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Workshops;

namespace Whiteboard.Client.Boards;

/// <summary>
/// /b/{code}: joins the workshop (asking for a name only when this browser has never joined it) and shows this person's
/// board: a participant's group, or group 1 for facilitators and observers.
/// </summary>
public partial class BoardPage : IDisposable
{
    [Parameter] public string Code { get; set; } = "";

    [Inject] private WorkshopClient Client { get; set; } = default!;
    [Inject] private BoardsApi Api { get; set; } = default!;
    [Inject] private Localization.UiLanguage Language { get; set; } = default!;

    private Core.Protocol.Http.BoardInfo? _summary;

    protected override async Task OnInitializedAsync()
    {
        Client.Changed += OnChanged;
        await Client.OpenAsync(Code);
        if (Client.NeedsName) await LookUpAsync();
    }

    /// <summary>Before the name form: the board's title and language, and whether the code exists at all.</summary>
    private async Task LookUpAsync()
    {
        var found = await Api.FindAsync(Client.Code);
        _summary = found.Value;
        if (_summary is not null) await Language.FollowBoardAsync(_summary.Language);
    }

    private void OnChanged() => InvokeAsync(StateHasChanged);

    public void Dispose() => Client.Changed -= OnChanged;
}
