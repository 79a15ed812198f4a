using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Symbols;
using Theory.Text;

namespace Theory.Emit.Json;

/// <summary>
/// The bound model as JSON (schema: docs/schema/theory-model.schema.json). Properties are written
/// in a fixed order, arrays in declaration order, optional values as null rather than left out,
/// and non-ASCII text as \u escapes, so the file is byte-identical everywhere and diffs well.
/// </summary>
public static class JsonModelEmitter
{
    /// <summary>The value of <c>formatVersion</c>; bumped on any breaking change to the schema.</summary>
    public const int FormatVersion = 1;

    /// <summary>The model with two-space indentation and LF line ends, as text.</summary>
    public static string Emit(Compilation compilation, EmitOptions? options = null)
    {
        using var stream = new AsciiChunkStream();
        WriteTo(compilation, stream, options);
        return stream.ToString();
    }

    /// <summary>Writes the model as UTF-8 (ASCII, in fact: everything else is escaped) to <paramref name="stream"/>.</summary>
    public static void WriteTo(Compilation compilation, Stream stream, EmitOptions? options = null)
    {
        options ??= EmitOptions.Default;
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.Default,
        }))
        {
            new Writer(writer, compilation, options).Write();
        }

        stream.WriteByte((byte)'\n');
    }

    private sealed class Writer(Utf8JsonWriter json, Compilation compilation, EmitOptions options)
    {
        private const int FlushThreshold = 64 * 1024;

        public void Write()
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", FormatVersion);
            json.WriteBoolean("valid", !compilation.HasErrors);
            WriteTheory();
            Array("constructs", compilation.Constructs, WriteConstruct);
            Array("cmocs", compilation.Cmocs, WriteCmoc);
            Array("links", compilation.Links, WriteLink);
            Array("edges", compilation.Web.Edges, WriteEdge);
            Array("feedbackLoops", compilation.FeedbackLoops, WriteLoop);
            Array("chains", compilation.Chains, WriteChain);
            Array("measures", compilation.Measures, WriteMeasure);
            Array("groups", compilation.Groups, WriteGroup);
            Array("stages", compilation.Stages, WriteStage);
            Array("typologies", compilation.Typologies, WriteTypology);
            Array("sources", compilation.Sources, WriteSource);
            Array("diagnostics", compilation.GetDiagnostics(), WriteDiagnostic);
            json.WriteEndObject();
        }

        private void WriteTheory()
        {
            json.WritePropertyName("theory");
            var theory = compilation.Theory;
            json.WriteStartObject();
            json.WriteString("name", TheoryNames.Of(compilation));
            String("label", theory?.Label);
            String("title", theory?.Title);
            String("description", theory?.Description);
            String("version", theory?.Version);
            Strings("authors", theory?.Authors ?? []);
            String("refines", theory?.Refines);
            Strings("notes", theory?.Notes ?? []);
            json.WriteEndObject();
        }

        private void WriteConstruct(ConstructSymbol construct)
        {
            Common(construct);
            json.WriteString("kind", EnumText.Of(construct.ConstructKind));
            Strings("aliases", construct.Aliases);
            String("group", construct.Group?.Name);
            String("specialises", construct.Specialises?.Name);
            String("inverseOf", construct.InverseOf?.Name);
            WriteLocation(construct.Location);
        }

        private void WriteClaim(ClaimSymbol claim)
        {
            Array("conditions", claim.Conditions, condition =>
            {
                json.WriteString("kind", condition.IsUnless ? "unless" : "when");
                WriteTermFields(condition.Term);
            });
            Strings("scope", claim.Scope.Select(t => t.QualifiedName));
            String("stage", claim.Stage?.Name);
            String("group", claim.Group?.Name);
            json.WriteString("status", EnumText.Of(claim.Status));
            json.WriteString("provenance", EnumText.Of(claim.Provenance));
            String("confidence", claim.Confidence);
            Array("moderators", claim.Moderators, moderator =>
            {
                WriteTermFields(moderator.Term);
                json.WriteString("effect", EnumText.Of(moderator.Effect));
                Terms("mechanisms", moderator.Mechanisms);
                Array("evidence", moderator.Evidence, WriteEvidence);
                String("description", moderator.Description);
            });
            Array("evidence", claim.Evidence, WriteEvidence);
        }

        private void WriteCmoc(CmocSymbol cmoc)
        {
            Common(cmoc);
            Terms("contexts", cmoc.Contexts);
            Alternatives("contextAlternatives", cmoc.ContextAlternatives);
            Array("pairings", cmoc.Pairings, pairing =>
            {
                Strings("contexts", pairing.Contexts.Select(t => t.Construct?.Name ?? t.WrittenName));
                Strings("mechanisms", pairing.Mechanisms.Select(t => t.Construct?.Name ?? t.WrittenName));
            });
            Terms("mechanisms", cmoc.Mechanisms);
            String("resource", cmoc.ResourceText);
            Terms("outcomes", cmoc.Outcomes);
            Alternatives("outcomeAlternatives", cmoc.OutcomeAlternatives);
            WriteClaim(cmoc);
            WriteLocation(cmoc.Location);
        }

        private void WriteLink(LinkSymbol link)
        {
            Common(link);
            json.WriteBoolean("named", link.IsNamed);
            if (link.Source is { } source)
            {
                json.WritePropertyName("source");
                json.WriteStartObject();
                WriteTermFields(source);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("source");
            }

            String("sourceGroup", link.SourceGroup?.Name);
            Terms("targets", link.Targets);
            Strings("targetGroups", link.TargetGroups.OfType<GroupSymbol>().Select(g => g.Name));
            WriteClaim(link);
            WriteLocation(link.Location);
        }

        private void WriteEdge(CausalEdge edge)
        {
            json.WriteString("from", edge.From.Name);
            json.WriteString("to", edge.To.Name);
            json.WriteString("sign", edge.Sign.ToSymbol());
            json.WriteBoolean("conditional", edge.IsConditional);
            json.WriteBoolean("holdsUnconditionally", edge.HoldsUnconditionally);
            json.WritePropertyName("signCounts");
            json.WriteStartObject();
            json.WriteNumber("positive", edge.CountOf(Sign.Positive));
            json.WriteNumber("negative", edge.CountOf(Sign.Negative));
            json.WriteNumber("unknown", edge.CountOf(Sign.Indeterminate));
            json.WriteEndObject();
            Array("circumstances", edge.Circumstances.Where(c => !c.IsUnconditional), circumstance =>
            {
                json.WriteString("circumstance", circumstance.Text);
                json.WriteString("sign", edge.SignUnder(circumstance)!.Value.ToSymbol());
            });
            Array("claims", edge.Claims, claim =>
            {
                json.WriteString("claim", claim.Claim.Name);
                json.WriteString("role", RoleName(claim.Role));
                json.WriteString("sign", claim.Sign.ToSymbol());
                json.WriteString("circumstance", claim.Circumstance.Text);
                json.WriteString("circumstances", claim.Circumstances);
                json.WriteString("status", EnumText.Of(claim.Claim.Status));
                json.WriteString("provenance", EnumText.Of(claim.Claim.Provenance));
                Strings("sources", claim.Claim.Evidence.Select(e => e.SourceIdentity).Distinct(StringComparer.Ordinal));
                WriteLocation(claim.Location);
            });
        }

        private void WriteLoop(FeedbackLoopSymbol loop)
        {
            Common(loop);
            json.WritePropertyName("paths");
            json.WriteStartArray();
            foreach (var path in loop.Paths)
            {
                json.WriteStartArray();
                foreach (var construct in path)
                    json.WriteStringValue(construct.Name);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteString("declaredPolarity", EnumText.Of(loop.DeclaredPolarity));
            json.WriteString("polarity", EnumText.Of(loop.ComputedPolarity));
            String("group", loop.Group?.Name);
            Array("evidence", loop.Evidence, WriteEvidence);
            WriteLocation(loop.Location);
        }

        private void WriteChain(ChainSymbol chain)
        {
            Common(chain);
            json.WritePropertyName("steps");
            json.WriteStartArray();
            foreach (var step in chain.Steps)
            {
                if (step is null)
                    json.WriteNullValue();
                else
                    json.WriteStringValue(step.Name);
            }

            json.WriteEndArray();
            String("group", chain.Group?.Name);
            WriteLocation(chain.Location);
        }

        private void WriteMeasure(MeasureSymbol measure)
        {
            Common(measure);
            String("scale", measure.Scale);
            String("indicates", measure.Indicates?.Name);
            json.WriteBoolean("reversed", measure.IsReversed);
            String("group", measure.Group?.Name);
            WriteLocation(measure.Location);
        }

        private void WriteGroup(GroupSymbol group)
        {
            Common(group);
            json.WriteString("kind", group.GroupKind.ToKeyword());
            String("parent", group.Parent?.Name);
            WriteLocation(group.Location);
        }

        private void WriteStage(StageSymbol stage)
        {
            json.WriteString("name", stage.Name);
            json.WriteNumber("order", stage.Order);
        }

        private void WriteTypology(TypologySymbol typology)
        {
            Common(typology);
            Array("types", typology.Types, type =>
            {
                json.WriteString("name", type.Name);
                String("label", type.Label);
                json.WritePropertyName("attributes");
                json.WriteStartObject();
                foreach (var attribute in type.Attributes)
                    json.WriteString(attribute.Key, attribute.Value);
                json.WriteEndObject();
            });
            WriteLocation(typology.Location);
        }

        private void WriteSource(SourceSymbol source)
        {
            json.WriteString("key", source.Name);
            json.WriteString("entryType", source.EntryType);
            String("title", source.Title);
            String("author", source.Author);
            String("year", source.Year);
        }

        private void WriteDiagnostic(Diagnostic diagnostic)
        {
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", EnumText.Of(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            WriteLocation(diagnostic.Location);
        }

        private void WriteEvidence(EvidenceItem item)
        {
            json.WriteString("kind", EnumText.Of(item.EvidenceKind));
            json.WriteString("key", item.Key);
            String("locator", item.Locator);
            String("quote", item.Quote);
            json.WriteBoolean("fromDefault", item.FromDefault);
        }

        private void Common(Symbol symbol)
        {
            json.WriteString("name", symbol.Name);
            String("label", symbol.Label);
            String("description", symbol.Description);
            Strings("notes", symbol.Notes);
        }

        private void Terms(string name, IEnumerable<Term> terms) => Array(name, terms, WriteTermFields);

        /// <summary>Each `any of` clause as the list of the constructs it names.</summary>
        private void Alternatives(string name, ImmutableArray<ImmutableArray<Term>> groups)
        {
            json.WritePropertyName(name);
            json.WriteStartArray();
            foreach (var group in groups)
            {
                json.WriteStartArray();
                foreach (var term in group)
                    json.WriteStringValue(term.Construct?.Name ?? term.WrittenName);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        private void WriteTermFields(Term term)
        {
            json.WriteString("construct", term.Construct?.Name ?? term.WrittenName);
            json.WriteBoolean("resolved", term.Construct is not null || term.Type is not null);
            json.WriteString("qualifier", term.Qualifier.ToText());
            json.WriteString("tier", term.Tier == Tier.None ? "" : EnumText.Of(term.Tier));
            json.WriteString("factorRole", Vocabulary.FactorRoles.KeywordOf(term.FactorRole) ?? "");
            String("type", term.Type?.QualifiedName);
        }

        private void WriteLocation(Location? location)
        {
            if (location is null)
            {
                json.WriteNull("location");
                return;
            }

            var span = location.LineSpan;
            json.WritePropertyName("location");
            json.WriteStartObject();
            json.WriteString("file", PathOf(location.Text));
            json.WriteNumber("line", span.Start.Line + 1);
            json.WriteNumber("column", span.Start.Character + 1);
            json.WriteNumber("endLine", span.End.Line + 1);
            json.WriteNumber("endColumn", span.End.Character + 1);
            json.WriteEndObject();
        }

        // Locations come file by file, and a project's display path is worked out from the
        // workspace each time it is asked: the last one is kept.
        private SourceText? _lastText;
        private string _lastPath = "";

        private string PathOf(SourceText text)
        {
            if (!ReferenceEquals(text, _lastText))
            {
                _lastPath = options.PathOf(text);
                _lastText = text;
            }

            return _lastPath;
        }

        private void Array<T>(string name, IEnumerable<T> items, Action<T> writeFields)
        {
            json.WritePropertyName(name);
            json.WriteStartArray();
            foreach (var item in items)
            {
                json.WriteStartObject();
                writeFields(item);
                json.WriteEndObject();

                // The writer holds everything until flushed: hand it on to the stream as it goes.
                if (json.BytesPending > FlushThreshold)
                    json.Flush();
            }

            json.WriteEndArray();
        }

        private void String(string name, string? value)
        {
            if (value is null)
                json.WriteNull(name);
            else
                json.WriteString(name, value);
        }

        private void Strings(string name, IEnumerable<string> values)
        {
            json.WritePropertyName(name);
            json.WriteStartArray();
            foreach (var value in values)
                json.WriteStringValue(value);
            json.WriteEndArray();
        }

        private static string RoleName(ClaimRole role) => role switch
        {
            ClaimRole.ContextToMechanism => "context-mechanism",
            ClaimRole.MechanismToOutcome => "mechanism-outcome",
            ClaimRole.ContextToOutcome => "context-outcome",
            ClaimRole.ModeratorToMechanism => "moderator-mechanism",
            _ => "link",
        };
    }
}
