using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace Whiteboard.Tests.Shared.Localization;

/// <summary>
/// Rule 6: a resource file in zh-CN (the neutral language) and its English twin. What is wrong with the pair, listed by key,
/// so that a test can say exactly which strings to fix.
/// </summary>
public sealed partial class ResourcePair(string baseName, Assembly assembly, params string[] namesChinese)
{
    private readonly ResourceManager _resources = new(baseName, assembly);

    public IReadOnlyDictionary<string, string> Chinese => In(CultureInfo.InvariantCulture);

    public IReadOnlyDictionary<string, string> English => In(CultureInfo.GetCultureInfo("en"));

    public IEnumerable<string> OnlyInChinese => Chinese.Keys.Except(English.Keys);

    public IEnumerable<string> OnlyInEnglish => English.Keys.Except(Chinese.Keys);

    /// <summary>English strings with Chinese in them, except the ones that name Chinese in Chinese (a language switch).</summary>
    public IEnumerable<string> EnglishWithChinese => English.Where(e => HasCjk(e.Value) && !namesChinese.Contains(e.Key)).Select(e => e.Key);

    /// <summary>Strings whose two languages do not take the same {0}, {1}… placeholders.</summary>
    public IEnumerable<string> PlaceholdersDiffer
    {
        get
        {
            var english = English;
            return Chinese.Where(c => english.TryGetValue(c.Key, out var en) && Placeholders(c.Value) != Placeholders(en)).Select(c => c.Key);
        }
    }

    private Dictionary<string, string> In(CultureInfo culture) =>
        _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static bool HasCjk(string s) => s.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Distinct().Order());

    [GeneratedRegex(@"\{\d+")]
    private static partial Regex Placeholder();
}
