"""ReferralProgram.configured_wings: which wings have something configured for the
program (`registry.configured`), so that a wing with nothing costs no query.

Existing programs get the answer computed here (the same probes as the wings'
`setup` modules); a new program starts with none.
"""

from django.db import migrations, models
from django.utils import timezone


def compute(apps, schema_editor):
    Program = apps.get_model("saleor_referrals", "ReferralProgram")
    Tier = apps.get_model("saleor_referrals", "Tier")
    Milestone = apps.get_model("saleor_referrals", "Milestone")
    Campaign = apps.get_model("saleor_referrals", "Campaign")
    Cause = apps.get_model("saleor_referrals", "Cause")
    now = timezone.now()
    for program in Program.objects.all():
        wings = []
        if Campaign.objects.filter(program=program, ends_at__gt=now).exists():
            wings.append("campaigns")
        if Cause.objects.filter(
            program=program, is_active=True, donate_per_referral__gt=0
        ).exists():
            wings.append("causes")
        if (
            Tier.objects.filter(program=program).exists()
            or Milestone.objects.filter(program=program).exists()
        ):
            wings.append("tiers")
        program.configured_wings = wings
        program.save(update_fields=["configured_wings"])


class Migration(migrations.Migration):
    dependencies = [
        ("saleor_referrals", "0019_member_discount_uses"),
    ]

    operations = [
        migrations.AddField(
            model_name="referralprogram",
            name="configured_wings",
            field=models.JSONField(blank=True, default=None, null=True),
        ),
        migrations.RunPython(compute, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="referralprogram",
            name="configured_wings",
            field=models.JSONField(blank=True, default=list, null=True),
        ),
    ]
