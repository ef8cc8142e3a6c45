namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>The fuzz test's language check tells the framework's English messages from the app's German ones.</summary>
public class GermanProblemTests
{
    [Theory]
    [InlineData("An error occurred while processing your request.")]
    [InlineData("The field Name is required.")]
    [InlineData("Failed to bind parameter \"int? page\" from \"abc\".")]
    [InlineData("The JSON value could not be converted to System.Int32.")]
    [InlineData("Unsupported Media Type")]
    public void English_text_is_caught(string text) => Assert.NotNull(GermanProblem.NotGerman(text));

    [Theory]
    [InlineData("Schon vergeben.")]
    [InlineData("Interner Fehler.")]
    [InlineData("„abc“ ist für page ungültig; erwartet wird eine ganze Zahl.")]
    [InlineData("Der Wert ist für value ungültig; erwartet wird eine Zahl.")]
    [InlineData("If-Match fehlt.")]
    public void German_text_passes(string text) => Assert.Null(GermanProblem.NotGerman(text));

    [Fact]
    public void A_body_must_be_a_problem_document()
    {
        Assert.NotNull(GermanProblem.Problem("text/html", "<h1>Fehler</h1>"));
        Assert.NotNull(GermanProblem.Problem("application/problem+json", "{\"status\":400}"));
        Assert.Null(GermanProblem.Problem("application/problem+json", "{\"title\":\"Die Eingaben sind ungültig.\",\"errors\":{\"Name\":[\"Bitte einen Namen angeben.\"]}}"));
    }
}
