using QRCoder;

namespace Whiteboard.Server.Workshops;

/// <summary>The join link as a QR code for the projector: SVG, so it stays sharp at any size.</summary>
public static class JoinQrCode
{
    public static string Svg(string joinUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(joinUrl, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10);
    }
}
