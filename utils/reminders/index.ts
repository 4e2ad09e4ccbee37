export { alarmName, DIGEST_ALARM, parseAlarmName, REMINDER_PREFIX } from './names';
export { type NotificationText, digestNotification, reminderNotification } from './notifications';
export {
  DEFAULT_REMINDER_OFFSETS,
  nextDigestTime,
  type PlannedAlarm,
  plannedAlarms,
  reconcileAlarms,
  wantsReminders,
} from './plan';
export { syncAlarms } from './sync';
export { handleAlarm, handleNotificationClick, syncReminders } from './handlers';
