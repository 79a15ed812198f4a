using System.Globalization;
using System.Text;

namespace Theory.Benchmarks;

/// <summary>
/// Writes a realistic theory of any size: constructs with aliases, CMOCs that chain (each outcome
/// is a later CMOC's context), some conditional and scoped claims, a declared feedback loop every
/// 100 CMOCs, citations of a generated bibliography. Deterministic for a given size.
/// </summary>
public static class CorpusGenerator
{
    public static (string Theory, string Bibliography) Generate(int cmocs)
    {
        var random = new Random(cmocs);
        var constructs = Math.Max(10, cmocs / 2);
        var sources = Math.Max(5, cmocs / 20);
        var text = new StringBuilder();
        text.Append("theory Generated { title \"Generated corpus\" bibliography \"references.bib\" }\n");
        text.Append("stages early < middle < late\n");
        text.Append("typology CollaborationType {\n  merger { mandated yes }\n  buddying { mandated no }\n}\n");
        for (var i = 0; i < constructs; i++)
            text.Append(CultureInfo.InvariantCulture, $"construct c{i} \"Construct {i}\" {{ kind cognitive aliases \"alias of {i}\" }}\n");

        string[] levels = ["high", "low", "present"];
        string[] directions = ["increased", "decreased"];
        string[] stages = ["early", "middle", "late", "atemporal"];
        for (var i = 0; i < cmocs; i++)
        {
            // Mostly forward edges (a DAG with long chains); every 100th CMOC closes a declared loop.
            var context = random.Next(constructs);
            var mechanism = Math.Min(constructs - 1, context + 1 + random.Next(3));
            var outcome = Math.Min(constructs - 1, mechanism + 1 + random.Next(3));
            if (i % 100 == 99)
                (context, outcome) = (outcome, context);
            text.Append(CultureInfo.InvariantCulture,
                $"cmoc M{i}: {levels[i % 3]} c{context} => {directions[random.Next(2)]} c{mechanism} -> {directions[random.Next(2)]} c{outcome}\n");
            text.Append(CultureInfo.InvariantCulture, $"  evidence @s{random.Next(sources)}, @s{random.Next(sources)} at \"p. {i % 300}\"\n");
            if (i % 7 == 0)
                text.Append(CultureInfo.InvariantCulture, $"  unless high c{random.Next(constructs)}\n");
            if (i % 11 == 0)
                text.Append("  for CollaborationType.merger\n");
            text.Append(CultureInfo.InvariantCulture, $"  stage {stages[i % 4]}\n");
            if (i % 100 == 99)
                text.Append(CultureInfo.InvariantCulture, $"feedback loop{i}: c{outcome} -> c{mechanism} -> c{context}\n");
        }

        var bib = new StringBuilder();
        for (var i = 0; i < sources; i++)
            bib.Append(CultureInfo.InvariantCulture, $"@article{{s{i}, author = {{Author {i}}}, title = {{Study {i}}}, year = {2000 + i % 25}}}\n");
        return (text.ToString(), bib.ToString());
    }
}
