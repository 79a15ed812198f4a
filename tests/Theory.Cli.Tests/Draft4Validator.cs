using System.Text.Json;
using System.Text.RegularExpressions;

namespace Theory.Cli.Tests;

/// <summary>
/// A JSON Schema draft-04 validator for exactly the keywords the SARIF 2.1.0 schema uses (no
/// validator package with its dependencies is available from this registry). <see cref="Unsupported"/>
/// lists any keyword a schema uses that this class does not evaluate, so nothing is skipped silently.
/// </summary>
internal sealed class Draft4Validator(JsonElement root)
{
    public static readonly HashSet<string> Evaluated =
    [
        "$ref", "additionalProperties", "anyOf", "oneOf", "enum", "format", "items", "maximum", "minimum",
        "minItems", "pattern", "properties", "required", "type", "uniqueItems",
    ];

    private static readonly HashSet<string> Annotations = ["$schema", "default", "definitions", "description", "id", "title"];

    public static IEnumerable<string> Unsupported(JsonElement schema)
    {
        var found = new HashSet<string>();
        void Walk(JsonElement node, bool namesAreProperties)
        {
            if (node.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in node.EnumerateObject())
                {
                    if (!namesAreProperties && !Evaluated.Contains(property.Name) && !Annotations.Contains(property.Name))
                        found.Add(property.Name);
                    Walk(property.Value, !namesAreProperties && property.Name is "properties" or "definitions");
                }
            }
            else if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                    Walk(item, false);
            }
        }

        Walk(schema, false);
        return found;
    }

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
            errors.Add($"{path}: expected type {type}, found {value.ValueKind}");
        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
            errors.Add($"{path}: {value} is not one of {allowed}");
        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => IsValid(s, value, path)))
            errors.Add($"{path}: matches none of anyOf");
        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => IsValid(s, value, path)) != 1)
            errors.Add($"{path}: does not match exactly one of oneOf");

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
                    errors.Add($"{path}: fewer than {minItems} items");
                if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean())
                {
                    var items = value.EnumerateArray().ToList();
                    for (var i = 0; i < items.Count; i++)
                        for (var j = i + 1; j < items.Count; j++)
                            if (JsonElement.DeepEquals(items[i], items[j]))
                                errors.Add($"{path}: items {i} and {j} are equal");
                }

                if (schema.TryGetProperty("items", out var itemSchema))
                {
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                        Check(itemSchema, item, $"{path}[{index++}]", errors);
                }

                break;
            case JsonValueKind.Number:
                if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
                    errors.Add($"{path}: {value} is below {minimum}");
                if (schema.TryGetProperty("maximum", out var maximum) && value.GetDouble() > maximum.GetDouble())
                    errors.Add($"{path}: {value} is above {maximum}");
                break;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                    errors.Add($"{path}: \"{text}\" does not match {pattern}");
                if (schema.TryGetProperty("format", out var format) && !MatchesFormat(format.GetString()!, text))
                    errors.Add($"{path}: \"{text}\" is not a valid {format}");
                break;
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray())
                if (!value.TryGetProperty(name.GetString()!, out _))
                    errors.Add($"{path}: missing required property {name}");

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                Check(propertySchema, property.Value, childPath, errors);
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                    errors.Add($"{path}: property {property.Name} is not allowed");
                else if (additional.ValueKind == JsonValueKind.Object)
                    Check(additional, property.Value, childPath, errors);
            }
        }
    }

    private bool IsValid(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
            throw new NotSupportedException("only local references are used by the SARIF schema: " + reference);
        var node = root;
        foreach (var part in reference[2..].Split('/'))
            node = node.GetProperty(part);
        return node;
    }

    private static bool MatchesType(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value)) : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException("type " + type),
    };

    private static bool MatchesFormat(string format, string text) => format switch
    {
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out _),
        "uri-reference" => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
        "date-time" => DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _),
        _ => true,
    };
}
