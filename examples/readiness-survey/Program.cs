using System.Globalization;
using ReadinessSurvey;
using ReadinessSurvey.Theories;
using Theory.Model;

// Scores a readiness-for-collaboration survey against the measures declared in the theory, then
// uses the theory's causal web to say what a weak construct puts at risk.
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "sample-responses.csv");
SurveyResponses responses;
try
{
    responses = SurveyResponses.Read(path);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
{
    Console.Error.WriteLine($"readiness-survey: error: {e.Message}");
    return 2;
}

var model = InterorganisationalCollaborationTheory.Model;
var unknown = responses.Items.Where(item => model.Measures.All(m => m.Id != item)).ToList();
if (unknown.Count > 0)
    Console.Error.WriteLine($"readiness-survey: warning: not measures in the theory, ignored: {string.Join(", ", unknown)}");

Console.WriteLine($"Readiness for collaboration ({responses.Rows.Count} respondents), scored against {model.Name}");
Console.WriteLine();
foreach (var score in ReadinessScore.Compute(model, responses))
{
    var items = string.Join(", ", score.Items.Select(m => m.IsReversed ? m.Id + " (reversed)" : m.Id));
    var flag = score.Mean < 3 ? "  (low)" : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Construct.DisplayName,-36} {score.Mean,4:0.00} / 5  from {items}{flag}"));
    if (score.Mean >= 3)
        continue;

    // What does this construct feed in the causal web? A low score there changes these, in the direction shown.
    foreach (var link in model.GetOutgoing(score.Construct.Id))
    {
        var target = model.FindConstruct(link.To)?.DisplayName ?? link.To;
        var effect = link.Sign switch { Sign.Positive => "supports", Sign.Negative => "reduces", _ => "affects" };
        Console.WriteLine($"    {effect} {target} ({string.Join(", ", link.Claims)})");
    }
}

return 0;
