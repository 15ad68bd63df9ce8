namespace Whiteboard.Server.Reports;

/// <summary>Marker for the reports' words (ReportText.resx is zh-CN, ReportText.en.resx English).</summary>
public sealed class ReportText;
