using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace ItInventory.Web.Tests.Features.Api.Fuzz;

/// <summary>A property violated by one request; its message shows the request, which FsCheck reports with the case.</summary>
public sealed class FuzzFailure(string message) : Exception(message);

/// <summary>Sends one case and checks the three properties against the database before and after.</summary>
public sealed class FuzzRun(FuzzHost host, ITestOutputHelper? survey)
{
    // The state after the last case, when it was read and nothing changed since: saves reading it twice per case.
    private (string Data, int Audit)? _known;

    public bool Holds(FuzzCase fuzzCase, ConcurrentDictionary<string, int> statuses)
    {
        var request = fuzzCase.Build();
        var before = _known ?? host.FingerprintAsync().GetAwaiter().GetResult();
        _known = null;
        // FsCheck runs properties synchronously; off the test's context, blocking on the HTTP call cannot deadlock.
        using var response = Task.Run(() => host.SendAsync(request)).GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        statuses.AddOrUpdate($"{request.Method} {status}", 1, (_, n) => n + 1);
        if (survey is not null && request.Method != "GET" && status < 300)
        {
            // A hunt also lists what was accepted: an odd value saved may be a rule missing at the edge.
            survey.WriteLine($"angenommen {status}: {fuzzCase}");
        }

        if (status >= 500)
        {
            throw new FuzzFailure($"{status} auf {request}: {FuzzRequest.Short(body)}");
        }

        if (status >= 400 || request.Method == "GET")
        {
            var after = host.FingerprintAsync().GetAwaiter().GetResult();
            // A refused request changes nothing, not even the audit trail; a read changes no record (a report
            // download is audited).
            if (after.Data != before.Data || (status >= 400 && after.Audit != before.Audit))
            {
                throw new FuzzFailure($"{status} auf {request}, aber die Daten haben sich geändert:\nvorher  {before}\nnachher {after}");
            }

            _known = after;
        }

        if (status >= 400 && GermanProblem.Problem(response.Content.Headers.ContentType?.MediaType, body) is { } problem)
        {
            throw new FuzzFailure($"{status} auf {request}: kein deutsches Problemdokument ({problem}): {FuzzRequest.Short(body)}");
        }

        return true;
    }
}
