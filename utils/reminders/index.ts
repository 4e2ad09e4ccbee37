export { catchUpReminders, handleAlarm, handleNotificationClick, syncReminders } from './handlers';
export { alarmName, DIGEST_ALARM, parseAlarmName, REMINDER_PREFIX } from './names';
export { digestNotification, type NotificationText, reminderNotification } from './notifications';
export {
  DEFAULT_REMINDER_OFFSETS,
  nextDigestTime,
  type PlannedAlarm,
  plannedAlarms,
  reconcileAlarms,
  wantsReminders,
} from './plan';
export { syncAlarms } from './sync';
