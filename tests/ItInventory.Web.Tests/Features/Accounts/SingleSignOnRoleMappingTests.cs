using System.Security.Claims;
using ItInventory.Web.Features.Accounts;
using ItInventory.Web.Infrastructure.Security;

namespace ItInventory.Web.Tests.Features.Accounts;

public class SingleSignOnRoleMappingTests
{
    private static readonly Dictionary<string, string> Mapping = new()
    {
        ["itinventory-administration"] = Roles.Administrator,
        ["itinventory-it-leitung"] = Roles.ItLeitung,
        ["itinventory-beschaffung"] = Roles.Beschaffung,
        ["itinventory-rat"] = Roles.Rat,
        ["/ratsinformation/ratsmitglieder"] = Roles.Rat,
        ["8f6f2c1e-2b1d-4d3a-9a57-0c1f5b1e7a10"] = Roles.ItLeitung,
    };

    [Fact]
    public void A_single_mapped_value_gives_its_role()
    {
        Assert.Equal(Roles.Beschaffung, Map(new Claim("groups", "itinventory-beschaffung")));
    }

    [Fact]
    public void Of_several_values_the_most_privileged_mapped_role_wins_whatever_the_order()
    {
        Assert.Equal(Roles.ItLeitung, Map(new Claim("groups", "itinventory-rat"), new Claim("groups", "alle"), new Claim("groups", "itinventory-it-leitung")));
        Assert.Equal(Roles.Administrator, Map(new Claim("groups", "itinventory-administration"), new Claim("groups", "itinventory-rat")));
        Assert.Equal(Roles.Beschaffung, Map(new Claim("groups", "itinventory-rat"), new Claim("groups", "itinventory-beschaffung")));
    }

    [Fact]
    public void A_json_array_in_one_claim_counts_value_by_value()
    {
        // As a handler leaves an array it does not split: Keycloak's groups, Entra ID's group object IDs.
        var keycloak = new Claim("groups", """["/ratsinformation/ratsmitglieder","itinventory-beschaffung"]""", "JSON_ARRAY");
        var entra = new Claim("groups", """["0b5a5c1e-0000-4000-8000-000000000001", "8f6f2c1e-2b1d-4d3a-9a57-0c1f5b1e7a10"]""");

        Assert.Equal(Roles.Beschaffung, Map(keycloak));
        Assert.Equal(Roles.ItLeitung, Map(entra));
    }

    [Fact]
    public void Values_match_ignoring_case_and_surrounding_space()
    {
        Assert.Equal(Roles.Administrator, Map(new Claim("groups", " ItInventory-Administration ")));
    }

    [Fact]
    public void Without_a_mapped_value_there_is_no_role()
    {
        Assert.Null(Map(new Claim("groups", "alle-mitarbeitenden"), new Claim("groups", "[Extern] Kämmerei")));
        Assert.Null(Map(new Claim("groups", "[]")));
        Assert.Null(Map());
    }

    [Fact]
    public void Only_the_configured_claim_type_counts()
    {
        var claims = new[] { new Claim("roles", "itinventory-administration"), new Claim("groups", "itinventory-rat") };

        Assert.Equal(Roles.Rat, SingleSignOnRoleMapping.MapRole(claims, "groups", Mapping));
        Assert.Equal(Roles.Administrator, SingleSignOnRoleMapping.MapRole(claims, "roles", Mapping));
    }

    [Fact]
    public void Each_role_may_do_everything_the_next_less_privileged_role_may_do()
    {
        // The "highest role wins" rule is only fair while this holds: the winner grants all that the others would.
        Assert.Equal(Roles.All.Order(), SingleSignOnRoleMapping.RolesByPrivilege.Order());
        foreach (var (higher, lower) in SingleSignOnRoleMapping.RolesByPrivilege.Zip(SingleSignOnRoleMapping.RolesByPrivilege.Skip(1)))
        {
            Assert.True(Roles.Permissions[lower].IsSubsetOf(Roles.Permissions[higher]), $"{higher} darf nicht alles, was {lower} darf.");
        }
    }

    private static string? Map(params Claim[] claims) => SingleSignOnRoleMapping.MapRole(claims, "groups", Mapping);
}
