"""Keep each expert opinion paper's Resource Centre entry in step with the paper and its meeting."""

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from innoprocure.network.models import ExpertOpinionPaper, KnowledgeExchangeMeeting
from innoprocure.network.papers import sync_resource


@receiver(post_save, sender=ExpertOpinionPaper, dispatch_uid="network_paper_to_resource")
def paper_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    sync_resource(instance)


@receiver(post_save, sender=KnowledgeExchangeMeeting, dispatch_uid="network_meeting_to_resource")
def meeting_saved(sender, instance, raw=False, **kwargs):
    # The entry names the meeting and its topic.
    if raw:
        return
    paper = ExpertOpinionPaper.objects.filter(meeting=instance).select_related("resource", "document").first()
    if paper is not None and paper.resource_id:
        sync_resource(paper)


@receiver(pre_delete, sender=ExpertOpinionPaper, dispatch_uid="network_paper_deleted")
def paper_deleted(sender, instance, **kwargs):
    # A paper that is gone must not stay in the Resource Centre.
    resource = instance.resource
    if resource is not None and resource.live:
        resource.unpublish(log_action=False)
