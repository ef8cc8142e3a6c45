using ItInventory.Web.Composition.Cli;

namespace ItInventory.Web.Tests.Composition;

/// <summary>Which arguments are the host's settings and which the verb's, without starting anything.</summary>
public class VerbArgumentsTests
{
    [Fact]
    public void Settings_with_a_section_and_the_hosts_own_go_to_the_configuration_with_their_values()
    {
        var split = VerbArguments.Split([
            "--Inventory:Database", "x.db", "backup", "--to", "a.db", "--overwrite", "--ConnectionStrings:Inventory=Data Source=b.db", "--urls", "http://127.0.0.1:0", "--environment=Production",
        ]);

        Assert.Equal(["--Inventory:Database", "x.db", "--ConnectionStrings:Inventory=Data Source=b.db", "--urls", "http://127.0.0.1:0", "--environment=Production"], split.Configuration);
        Assert.Equal(["backup", "--to", "a.db", "--overwrite"], split.Verb);
        Assert.True(split.NamesAVerb);
    }

    [Theory]
    [InlineData]
    [InlineData("--environment=Testing", "--contentRoot=/srv/app", "--applicationName=ItInventory.Web")] // WebApplicationFactory
    [InlineData("--urls", "http://0.0.0.0:8080")]
    [InlineData("--Logging:LogLevel:Default=Debug")]
    public void Without_a_verb_the_app_serves(params string[] args) => Assert.False(VerbArguments.Split(args).NamesAVerb);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("--urls", "http://127.0.0.1:0", "generate", "--nmae")]
    public void A_verb_or_a_question_for_them_goes_to_the_verb_parser(params string[] args) => Assert.True(VerbArguments.Split(args).NamesAVerb);
}
