using System.Globalization;
using Microsoft.Extensions.Localization;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Client.Localization;

/// <summary>
/// Rule W6: a time on a screen is the class's, as in the reports — a remote participant abroad sees the projector's
/// clock, told so beside the time, never their own zone's hour that the report would contradict.
/// </summary>
public sealed class ClassClock(TimeProvider time, IStringLocalizer<UiText> text)
{
    public string Format(DateTimeOffset at, string format)
    {
        var shown = ClassTime.Of(at).ToString(format, CultureInfo.InvariantCulture);
        return time.LocalTimeZone.GetUtcOffset(at) == ClassTime.Offset ? shown : $"{shown} {text["ClassTimeZone"]}";
    }
}
