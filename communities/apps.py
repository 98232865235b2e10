from django.apps import AppConfig


class CommunitiesConfig(AppConfig):
    name = "communities"
    verbose_name = "Communities"

    def ready(self) -> None:
        from communities import mail_kinds

        mail_kinds.register_kinds()
        from communities import membership_mail

        membership_mail.register_kinds()
