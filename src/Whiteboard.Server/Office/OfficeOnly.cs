namespace Whiteboard.Server.Office;

/// <summary>The office's own endpoints (rule O1): the office key, nothing less; <see cref="ProgrammeOnly.Caller"/> works behind it too.</summary>
public sealed class OfficeOnly(ProgrammeAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var (caller, error) = await access.CallerAsync(context.HttpContext, officeOnly: true);
        if (caller is null) return error;
        ProgrammeOnly.Remember(context.HttpContext, caller);
        return await next(context);
    }
}
