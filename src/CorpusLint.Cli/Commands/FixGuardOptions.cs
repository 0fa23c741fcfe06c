using System.CommandLine;
using System.Globalization;
using CorpusLint.Fixes;

namespace CorpusLint.Cli.Commands;

/// <summary>`fix`'s options for the engine's safety guard: how much a fix may remove, and overriding it.</summary>
internal sealed class FixGuardOptions
{
    private readonly Option<bool> _force = new("--force")
    {
        Description = "Apply fixes even when they remove more than --max-removed-share of a file's words.",
    };

    private readonly Option<double> _maxRemovedShare = CreateMaxRemovedShare();

    public void AddTo(Command command)
    {
        command.Add(_force);
        command.Add(_maxRemovedShare);
    }

    public FixOptions Apply(ParseResult result, FixOptions options) =>
        options with { Force = result.GetValue(_force), MaxRemovedWordShare = result.GetValue(_maxRemovedShare) };

    private static Option<double> CreateMaxRemovedShare()
    {
        var option = new Option<double>("--max-removed-share")
        {
            Description = "The largest share of a file's words (0 to 1) a fix may remove without --force. Default: 0.9",
            DefaultValueFactory = _ => FixOptions.Default.MaxRemovedWordShare,
        };
        option.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                result.AddError($"--max-removed-share: {value.ToString(CultureInfo.InvariantCulture)} is not between 0 and 1");
            }
        });
        return option;
    }
}
