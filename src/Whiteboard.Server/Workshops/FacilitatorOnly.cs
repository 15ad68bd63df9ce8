using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// The facilitator-only endpoints' one check (docs/SECURITY.md): the route's workshop code with its facilitator secret in
/// the header. An endpoint behind it reads the workshop with <see cref="Workshop"/>.
/// </summary>
public sealed class FacilitatorOnly(WorkshopAccess access) : IEndpointFilter
{
    private static readonly object Key = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var (workshop, error) = await access.AsFacilitatorAsync(http.GetRouteValue("code") as string ?? "", http, http.RequestAborted);
        if (workshop is null) return error;
        http.Items[Key] = workshop;
        return await next(context);
    }

    public static WorkshopRecord Workshop(HttpContext http) => (WorkshopRecord)http.Items[Key]!;
}
