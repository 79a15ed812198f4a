using Theory.Model;

namespace ReadinessSurvey;

/// <summary>How ready respondents think the collaboration is on one construct: the mean of its items, reverse-scored where declared.</summary>
internal sealed record ReadinessScore(Construct Construct, double Mean, int Answers, IReadOnlyList<Measure> Items)
{
    /// <summary>Scores every construct that has measures and at least one answer, lowest first.</summary>
    public static IReadOnlyList<ReadinessScore> Compute(TheoryModel model, SurveyResponses responses)
    {
        var scores = new List<ReadinessScore>();
        foreach (var group in model.Measures.Where(m => m.Indicates is not null).GroupBy(m => m.Indicates!))
        {
            var construct = model.FindConstruct(group.Key);
            if (construct is null)
                continue;
            var values = new List<int>();
            foreach (var row in responses.Rows)
            {
                foreach (var measure in group)
                {
                    if (row.TryGetValue(measure.Id, out var answer))
                        values.Add(measure.IsReversed ? 6 - answer : answer);
                }
            }

            if (values.Count > 0)
                scores.Add(new ReadinessScore(construct, values.Average(), values.Count, group.ToList()));
        }

        return scores.OrderBy(s => s.Mean).ThenBy(s => s.Construct.Id, StringComparer.Ordinal).ToList();
    }
}
