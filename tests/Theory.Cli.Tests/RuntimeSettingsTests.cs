using System.Text.Json;

namespace Theory.Cli.Tests;

/// <summary>
/// The runtime settings the tool ships with are measured choices for a batch compiler
/// (docs/performance.md): a server collector that blocks rather than runs beside the program, no
/// adaptation that would shrink it to one heap, and no dynamic profile-guided optimisation, whose
/// instrumented tier a run of seconds pays for and never earns back.
/// </summary>
public class RuntimeSettingsTests
{
    [Fact]
    public void The_tool_runs_with_the_measured_collector_and_jit_settings()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "theory.runtimeconfig.json")));
        var settings = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(settings.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(settings.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.Equal(0, settings.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
        Assert.False(settings.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
