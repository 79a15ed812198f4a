using System.Globalization;

namespace ReadinessSurvey;

/// <summary>Survey answers: one row per respondent, one column per item (Q7, Q8, ...), values 1–5 or blank.</summary>
internal sealed class SurveyResponses
{
    private SurveyResponses(IReadOnlyList<string> items, IReadOnlyList<IReadOnlyDictionary<string, int>> rows)
    {
        Items = items;
        Rows = rows;
    }

    public IReadOnlyList<string> Items { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, int>> Rows { get; }

    /// <summary>Reads a simple CSV (no quoted commas: the cells are numbers). The first column names the respondent.</summary>
    public static SurveyResponses Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
            throw new FormatException($"{path} is empty; expected a header row such as 'respondent,Q7,Q8'.");
        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        var rows = new List<IReadOnlyDictionary<string, int>>();
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].Split(',');
            var row = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var c = 1; c < header.Count && c < cells.Length; c++)
            {
                var text = cells[c].Trim();
                if (text.Length == 0)
                    continue;
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 5)
                    throw new FormatException($"{path}({i + 1}): {header[c]} must be a whole number from 1 to 5, not '{text}'.");
                row[header[c]] = value;
            }

            rows.Add(row);
        }

        return new SurveyResponses(header.Skip(1).ToList(), rows);
    }
}
