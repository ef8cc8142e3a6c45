using ItInventory.Core.Domain;
using ItInventory.Core.Notifications;
using ItInventory.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ItInventory.Web.Data.Configurations;

internal sealed class NotificationSettingConfiguration : IEntityTypeConfiguration<NotificationSetting>
{
    public void Configure(EntityTypeBuilder<NotificationSetting> builder)
    {
        builder.ToTable("NotificationSettings");
        builder.Property(s => s.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Departments).HasMaxLength(NotificationSetting.DepartmentsLength).IsRequired();
        builder.Property(s => s.UnsubscribeToken).HasMaxLength(NotificationSetting.TokenLength).IsRequired();
        builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
        builder.Property(s => s.CalendarFeedToken).HasMaxLength(NotificationSetting.TokenLength);
        builder.HasIndex(s => s.CalendarFeedToken).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class ContractNotificationConfiguration : IEntityTypeConfiguration<ContractNotification>
{
    public void Configure(EntityTypeBuilder<ContractNotification> builder)
    {
        builder.ToTable("ContractNotifications");
        builder.HasIndex(n => n.ContractId).IsUnique();
        builder.HasOne<Contract>().WithMany().HasForeignKey(n => n.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.ResponsibleUserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.ResponsibleUserId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(n => n.Offsets).HasMaxLength(ContractNotification.OffsetsLength);
        builder.Property(n => n.Version).IsConcurrencyToken();
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("OutgoingMails");
        builder.Property(m => m.Key).HasMaxLength(MessageKey.MaxLength).IsRequired();
        // Across tenants: the key starts with the recipient's id, which belongs to one tenant only.
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.Property(m => m.RecipientUserId).HasMaxLength(450).IsRequired();
        builder.Property(m => m.ToAddress).HasMaxLength(OutgoingMail.AddressLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutgoingMail.SubjectLength).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.HtmlBody).IsRequired();
        builder.Property(m => m.ClaimedBy).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(OutgoingMail.ErrorLength);
    }
}
