namespace Whiteboard.Server.Office;

/// <summary>
/// The programme endpoints' check (rules O1, O2): the office key or an unrevoked facilitator link. An endpoint behind it
/// reads who asks with <see cref="Caller"/> and shows a facilitator only their own.
/// </summary>
public sealed class ProgrammeOnly(ProgrammeAccess access) : IEndpointFilter
{
    private static readonly object Key = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var (caller, error) = await access.CallerAsync(context.HttpContext, officeOnly: false);
        if (caller is null) return error;
        context.HttpContext.Items[Key] = caller;
        return await next(context);
    }

    public static ProgrammeCaller Caller(HttpContext http) => (ProgrammeCaller)http.Items[Key]!;

    internal static void Remember(HttpContext http, ProgrammeCaller caller) => http.Items[Key] = caller;
}
