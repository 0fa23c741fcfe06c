using CorpusLint.Configuration;

namespace CorpusLint.Core.Tests.Configuration;

public class ConfigDiscoveryTests
{
    [Fact]
    public void CollectsEveryFileUpToTheRepositoryRootFarthestFirst()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", "{}");
        tree.Write("a/corpuslint.json", "{}");
        Directory.CreateDirectory(tree.PathOf("a/b/c"));

        var chain = ConfigDiscovery.WalkingUp().ChainFor(tree.PathOf("a/b/c"));

        Assert.Equal([tree.PathOf("corpuslint.json"), tree.PathOf("a/corpuslint.json")], chain.Select(c => c.Path));
    }

    [Fact]
    public void RootTrueStopsTheWalk()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", "{ \"rules\": { \"CL2001\": \"error\" } }");
        tree.Write("a/corpuslint.json", "{ \"root\": true }");

        var chain = ConfigDiscovery.WalkingUp().ChainFor(tree.PathOf("a"));

        Assert.Equal([tree.PathOf("a/corpuslint.json")], chain.Select(c => c.Path));
    }

    [Fact]
    public void TheWalkStopsAtTheRepositoryRoot()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", "{}");
        tree.Write("nested/.git", "gitdir: elsewhere");
        tree.Write("nested/corpus/a.txt", "x");

        Assert.Empty(ConfigDiscovery.WalkingUp().ChainFor(tree.PathOf("nested/corpus")));
    }

    [Fact]
    public void AnExplicitFileAppliesAloneEverywhere()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", "{}");
        var named = tree.Write("configs/strict.json", "{ \"rules\": { \"CL2001\": \"error\" } }");

        var discovery = ConfigDiscovery.FromFile(named);

        Assert.Equal([named], discovery.ChainFor(tree.Root).Select(c => c.Path));
        Assert.Equal([named], discovery.ChainFor(Path.GetTempPath()).Select(c => c.Path));
    }

    [Fact]
    public void AMissingExplicitFileIsAnError()
    {
        using var tree = new ConfigTree();
        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => ConfigDiscovery.FromFile(tree.PathOf("none.json"))).Errors);
        Assert.Equal("the configuration file does not exist", error.Message);
    }

    [Fact]
    public void ABadFileOnTheWayIsAnErrorEveryTimeItIsNeeded()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", "{ \"rules\": 1 }");
        Directory.CreateDirectory(tree.PathOf("a"));
        var discovery = ConfigDiscovery.WalkingUp();

        var first = Assert.Throws<ConfigurationException>(() => discovery.ChainFor(tree.PathOf("a")));
        var second = Assert.Throws<ConfigurationException>(() => discovery.ChainFor(tree.Root));

        Assert.Equal(first.Errors, second.Errors);
        Assert.Equal(tree.PathOf("corpuslint.json"), first.Errors[0].Path);
    }
}
