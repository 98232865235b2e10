from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = "Case discussions"

    def ready(self) -> None:
        from cases import integration, mail

        mail.register_kinds()
        integration.register()
