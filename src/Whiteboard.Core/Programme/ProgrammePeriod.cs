using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Programme;

/// <summary>
/// The days a programme's numbers cover, both included, as the class's calendar has them (rule W6): a workshop belongs to the
/// period its creation day falls in (rule PN1).
/// </summary>
public sealed record ProgrammePeriod(DateOnly From, DateOnly To)
{
    /// <summary>Every day there is: a facilitator's whole record.</summary>
    public static readonly ProgrammePeriod All = new(DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>The calendar year a day is in, as training offices count their indicators.</summary>
    public static ProgrammePeriod YearOf(DateOnly day) => new(new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));

    public bool IsValid => From <= To;

    public bool Contains(DateTimeOffset at)
    {
        var day = ClassTime.Today(at);
        return day >= From && day <= To;
    }
}
